/** Rewrites deploy/nginx.conf from scripts/lib/load-balancer.ts: `npx tsx scripts/nginx-conf.ts`. */
import { writeFileSync } from 'node:fs'
import path from 'node:path'

import { COMPOSE_NGINX, nginxConfig } from './lib/load-balancer'
import { repoRoot } from './lib/paths'

writeFileSync(path.join(repoRoot, 'deploy/nginx.conf'), nginxConfig(COMPOSE_NGINX))
