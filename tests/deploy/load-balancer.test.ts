import { describe, expect, it } from 'vitest'

import { nginxConfig } from '../../scripts/lib/load-balancer'

const config = nginxConfig({
  maxBodyMb: 12,
  runDir: '/tmp/lb',
  balanced: [{ name: 'web', listen: '127.0.0.1:4620', servers: ['127.0.0.1:1', '127.0.0.1:2'] }],
})

describe('the load balancer configuration', () => {
  it('appends to X-Forwarded-For instead of replacing it, so a trusted proxy hop can be counted', () => {
    expect(config).toContain('proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;')
    expect(config).not.toMatch(/X-Forwarded-For \$remote_addr/)
  })

  it('lists every instance with passive health checks and retries the next one on failure', () => {
    expect(config).toContain('server 127.0.0.1:1 max_fails=1 fail_timeout=10s;')
    expect(config).toContain('server 127.0.0.1:2 max_fails=1 fail_timeout=10s;')
    expect(config).toContain('proxy_next_upstream error timeout http_502 http_503 http_504;')
    expect(config).toContain('listen 127.0.0.1:4620;')
    expect(config).toContain('pid /tmp/lb/nginx.pid;')
  })
})
