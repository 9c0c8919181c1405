import { spawnSync } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { repoRoot } from '../lib/paths'
import { type Service, startService, stopService, waitForUrl } from '../lib/processes'

/** The recommended deployment's nginx configuration, committed and measured as it is. */
export const SITE_CONF = path.join(repoRoot, 'deploy/nginx/science-of-ketamine.conf')

const NGINX_CANDIDATES = ['/usr/sbin/nginx', '/usr/bin/nginx', '/usr/local/sbin/nginx']

export function findNginx(): string | null {
  for (const candidate of NGINX_CANDIDATES) {
    if (spawnSync(candidate, ['-v'], { stdio: 'ignore' }).status === 0) return candidate
  }
  return spawnSync('nginx', ['-v'], { stdio: 'ignore' }).status === 0 ? 'nginx' : null
}

/** The committed configuration with this run's ports and folders; fails if the file drifted. */
export function renderSiteConf(options: { proxyPort: number; webPort: number; cacheDir: string }) {
  const replacements: [string, string][] = [
    ['listen 8080;', `listen 127.0.0.1:${options.proxyPort};`],
    ['server 127.0.0.1:3001;', `server 127.0.0.1:${options.webPort};`],
    ['/var/cache/nginx/science-of-ketamine', options.cacheDir],
  ]
  let conf = readFileSync(SITE_CONF, 'utf8')
  for (const [from, to] of replacements) {
    if (!conf.includes(from)) throw new Error(`${SITE_CONF} no longer contains "${from}"`)
    conf = conf.replace(from, to)
  }
  return conf
}

export interface Nginx {
  ceilingUrl: string
  proxyUrl: string
  stop(): Promise<void>
}

/**
 * One nginx with two servers: the ceiling (the article's HTML as a static file) and the
 * recommended caching proxy in front of the site. Same workers and settings for both.
 */
export async function startNginx(options: {
  binary: string
  html: string
  ceilingPort: number
  proxyPort: number
  webPort: number
}): Promise<Nginx> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sok-bench-nginx-'))
  // Workers drop privileges when started as root; they must still reach these folders.
  chmodSync(dir, 0o755)
  for (const sub of ['ceiling', 'cache', 'temp']) mkdirSync(path.join(dir, sub), { mode: 0o777 })
  writeFileSync(path.join(dir, 'ceiling', 'article.html'), options.html, { mode: 0o644 })
  writeFileSync(
    path.join(dir, 'site.conf'),
    renderSiteConf({
      proxyPort: options.proxyPort,
      webPort: options.webPort,
      cacheDir: path.join(dir, 'cache'),
    }),
  )
  const temp = path.join(dir, 'temp')
  const isRoot = process.getuid?.() === 0
  writeFileSync(
    path.join(dir, 'nginx.conf'),
    `${isRoot ? 'user root;\n' : ''}worker_processes auto;
daemon off;
pid ${dir}/nginx.pid;
error_log stderr warn;
events { worker_connections 4096; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  client_body_temp_path ${temp}/body;
  proxy_temp_path ${temp}/proxy;
  fastcgi_temp_path ${temp}/fastcgi;
  uwsgi_temp_path ${temp}/uwsgi;
  scgi_temp_path ${temp}/scgi;
  server {
    listen 127.0.0.1:${options.ceilingPort};
    location / {
      root ${dir}/ceiling;
      default_type text/html;
      try_files /article.html =404;
    }
  }
  include ${dir}/site.conf;
}
`,
  )
  const args = ['-p', dir, '-c', path.join(dir, 'nginx.conf')]
  const check = spawnSync(options.binary, ['-t', ...args], { encoding: 'utf8' })
  if (check.status !== 0) throw new Error(`nginx refused the configuration:\n${check.stderr}`)
  const service: Service = startService('nginx', options.binary, args, {
    cwd: dir,
    env: process.env,
  })
  const ceilingUrl = `http://127.0.0.1:${options.ceilingPort}`
  const proxyUrl = `http://127.0.0.1:${options.proxyPort}`
  await waitForUrl(`${ceilingUrl}/`, 20_000, service)
  return {
    ceilingUrl,
    proxyUrl,
    stop: async () => {
      await stopService(service)
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
