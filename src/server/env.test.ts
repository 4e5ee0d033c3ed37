import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './env.js';

const CWD = path.resolve('/srv/kxhub');

function configError(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env, CWD);
  } catch (err) {
    if (err instanceof ConfigError) return err;
    throw err;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('fills in documented defaults from an empty environment', () => {
    const c = loadConfig({}, CWD);
    expect(c).toMatchObject({
      NODE_ENV: 'development',
      HOST: '127.0.0.1',
      PORT: 3000,
      DATA_DIR: path.join(CWD, 'data'),
      PUBLIC_URL: 'http://localhost:3000',
      COOKIE_SECURE: false,
      TRUST_PROXY: false,
      LOG_LEVEL: 'info',
      SESSION_TTL_HOURS: 336,
      BODY_LIMIT_BYTES: 1024 * 1024,
      RATE_LIMIT_AUTH_PER_MINUTE: 10,
      DEMO_SEED: true,
    });
    expect(c.DATABASE_URL).toBeUndefined();
    expect(c.SMTP_URL).toBeUndefined();
  });

  it('treats empty variables as unset', () => {
    const c = loadConfig({ PORT: '', DATABASE_URL: '', PUBLIC_URL: '' }, CWD);
    expect(c.PORT).toBe(3000);
    expect(c.DATABASE_URL).toBeUndefined();
  });

  it('coerces numbers and booleans', () => {
    const c = loadConfig(
      { PORT: '8080', TRUST_PROXY: '1', DEMO_SEED: 'false', BODY_LIMIT_BYTES: '2048' },
      CWD,
    );
    expect(c).toMatchObject({ PORT: 8080, TRUST_PROXY: true, DEMO_SEED: false, BODY_LIMIT_BYTES: 2048 });
    expect(c.PUBLIC_URL).toBe('http://localhost:8080');
  });

  it('resolves DATA_DIR against the working directory', () => {
    expect(loadConfig({ DATA_DIR: 'var/kx' }, CWD).DATA_DIR).toBe(path.join(CWD, 'var/kx'));
    expect(loadConfig({ DATA_DIR: '/data/kx' }, CWD).DATA_DIR).toBe(path.resolve('/data/kx'));
  });

  it.each(['abc', '0', '70000', '80.5'])('refuses PORT=%s naming PORT and the value', (port) => {
    const err = configError({ PORT: port });
    expect(err.message).toMatch(/^\s+PORT: /m);
    expect(err.message).toContain(JSON.stringify(port));
    expect(err.message).toContain('README.md');
  });

  it('accepts postgres:// and postgresql:// URLs and nothing else for DATABASE_URL', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://kx@db/kx' }, CWD).DATABASE_URL).toBe('postgres://kx@db/kx');
    expect(loadConfig({ DATABASE_URL: 'postgresql://kx@db/kx' }, CWD).DATABASE_URL).toBe(
      'postgresql://kx@db/kx',
    );
    for (const bad of ['mysql://kx@db/kx', 'db.example.org:5432', 'file:./data']) {
      const err = configError({ DATABASE_URL: bad });
      expect(err.message).toContain('DATABASE_URL: must start with postgres://');
    }
  });

  it('derives COOKIE_SECURE from an https PUBLIC_URL and strips trailing slashes', () => {
    const https = loadConfig({ PUBLIC_URL: 'https://kx.example.org/' }, CWD);
    expect(https).toMatchObject({ PUBLIC_URL: 'https://kx.example.org', COOKIE_SECURE: true });
    expect(loadConfig({ PUBLIC_URL: 'http://kx.example.org' }, CWD).COOKIE_SECURE).toBe(false);
  });

  it('lets COOKIE_SECURE be set explicitly either way', () => {
    expect(
      loadConfig({ PUBLIC_URL: 'https://kx.example.org', COOKIE_SECURE: 'false' }, CWD).COOKIE_SECURE,
    ).toBe(false);
    expect(loadConfig({ COOKIE_SECURE: 'true' }, CWD).COOKIE_SECURE).toBe(true);
  });

  it('lists every bad variable at once, each by name', () => {
    const err = configError({
      PORT: 'x',
      PUBLIC_URL: 'not a url',
      LOG_LEVEL: 'loud',
      TRUST_PROXY: 'yes',
      SMTP_URL: 'http://mail',
    });
    for (const name of ['PORT', 'PUBLIC_URL', 'LOG_LEVEL', 'TRUST_PROXY', 'SMTP_URL']) {
      expect(err.message).toMatch(new RegExp(`^\\s+${name}: `, 'm'));
    }
  });

  it('keeps limits within their bounds', () => {
    expect(configError({ BODY_LIMIT_BYTES: '10' }).message).toContain('BODY_LIMIT_BYTES');
    expect(configError({ SESSION_TTL_HOURS: '0' }).message).toContain('SESSION_TTL_HOURS');
    expect(configError({ RATE_LIMIT_AUTH_PER_MINUTE: '-1' }).message).toContain('RATE_LIMIT_AUTH_PER_MINUTE');
  });
});
