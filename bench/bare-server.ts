import Fastify from 'fastify';

/**
 * The baseline of the benchmark: a bare Fastify 5 server with one route that returns a static
 * JSON body shaped and sized like one directory page of the API (about 4 KB). No plugins, no
 * schema, no database: what this machine can serve through the same framework, the ceiling the
 * KX Hub figures are read against. Started by bench/servers.ts with PORT and HOST.
 */
const port = Number(process.env.PORT ?? 3999);
const host = process.env.HOST ?? '127.0.0.1';

const countries = [
  ['BR', 'Brazil'],
  ['CL', 'Chile'],
  ['IN', 'India'],
  ['ZA', 'South Africa'],
  ['MX', 'Mexico'],
  ['JP', 'Japan'],
  ['ID', 'Indonesia'],
  ['CO', 'Colombia'],
] as const;

const page = {
  items: Array.from({ length: 16 }, (_, i) => {
    const [countryCode, countryName] = countries[i % countries.length]!;
    return {
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      name: `International Cooperation Agency of ${countryName} — Technical Cooperation Division ${i}`,
      nameLocale: 'en',
      acronym: `ICA${i}`,
      orgType: '10',
      orgTypeName: 'Government',
      countryCode,
      countryName,
      visibility: 'public',
      isDemo: true,
    };
  }),
  nextCursor: null,
};

const app = Fastify({ logger: false });
app.get('/bare', async () => page);

await app.listen({ port, host });
console.log(`bare fastify listening on ${host}:${port} pid=${process.pid}`);
