import { describe, expect, it } from 'vitest';
import { silentLogger } from '../logger.js';
import { startServer } from '../start.js';
import { cdsConfigFromEnv, DEFAULT_CDS_CONFIG } from './config.js';
import { fhirServerProblem } from './fhir-client.js';

describe('CDS Hooks configuration', () => {
  it('defaults: no trusted client, signed calls only, no CORS', () => {
    expect(cdsConfigFromEnv({})).toEqual(DEFAULT_CDS_CONFIG);
  });

  it('reads trusted issuers, the public URL, the sandbox switch and CORS origins', () => {
    const c = cdsConfigFromEnv({
      HELIOTROPE_CDS_ISSUERS: JSON.stringify([
        {
          iss: 'https://sandbox.cds-hooks.org',
          jwksUrl: 'https://sandbox.cds-hooks.org/.well-known/jwks.json',
        },
        { iss: 'local', jwks: { keys: [] }, fhirServers: ['https://fhir.example.org/'] },
      ]),
      HELIOTROPE_PUBLIC_URL: 'https://heliotrope.example.org/',
      HELIOTROPE_CDS_ALLOW_UNSIGNED: '1',
      HELIOTROPE_CDS_CORS_ORIGINS: 'https://sandbox.cds-hooks.org, https://ehr.example.org',
      HELIOTROPE_CDS_SNAPSHOT_HOURS: '0',
      HELIOTROPE_CDS_WORKERS: '2',
    });
    expect(c.issuers.map((i) => i.iss)).toEqual(['https://sandbox.cds-hooks.org', 'local']);
    expect(c.issuers[1]!.fhirServers).toEqual(['https://fhir.example.org/']);
    expect(c.publicBaseUrl).toBe('https://heliotrope.example.org');
    expect(c.allowUnsigned).toBe(true);
    expect(c.corsOrigins).toEqual(['https://sandbox.cds-hooks.org', 'https://ehr.example.org']);
    expect(c.snapshotHours).toBe(0);
    expect(c.workers).toBe(2);
  });

  it('refuses a configuration it cannot trust, naming the setting', () => {
    expect(() => cdsConfigFromEnv({ HELIOTROPE_CDS_ISSUERS: '{' })).toThrow(
      /HELIOTROPE_CDS_ISSUERS: not JSON/,
    );
    expect(() => cdsConfigFromEnv({ HELIOTROPE_CDS_ISSUERS: '[{"iss":"x"}]' })).toThrow(/jwksUrl or jwks/);
    expect(() =>
      cdsConfigFromEnv({ HELIOTROPE_CDS_ISSUERS: '[{"iss":"x","jwksUrl":"http://ehr.example.org/jwks"}]' }),
    ).toThrow(/must be https/);
    expect(() => cdsConfigFromEnv({ HELIOTROPE_CDS_FHIR_TIMEOUT_MS: 'soon' })).toThrow(
      /HELIOTROPE_CDS_FHIR_TIMEOUT_MS/,
    );
    for (const bad of ['1.5', '65', '-1'])
      expect(() => cdsConfigFromEnv({ HELIOTROPE_CDS_WORKERS: bad })).toThrow(/HELIOTROPE_CDS_WORKERS/);
  });

  it('FHIR servers: https only (http on loopback), no credentials in the URL, the client’s allow-list', () => {
    expect(fhirServerProblem('https://ehr.example.org/fhir', undefined, false)).toBeUndefined();
    expect(fhirServerProblem('http://ehr.example.org/fhir', undefined, false)).toMatch(/https/);
    expect(fhirServerProblem('http://127.0.0.1:8080/fhir', undefined, false)).toBeUndefined();
    expect(fhirServerProblem('https://u:p@ehr.example.org/fhir', undefined, false)).toMatch(/credentials/);
    expect(fhirServerProblem('https://other.example.org/fhir', ['https://ehr.example.org/'], false)).toMatch(
      /not registered/,
    );
  });

  it('the server says loudly at start that it accepts unsigned calls', async () => {
    const said: string[] = [];
    const warned: string[] = [];
    const server = await startServer(
      {
        port: 0,
        host: '127.0.0.1',
        databaseUrl: ':memory:',
        dataDir: '.',
        logLevel: 'silent',
        demo: false,
        adminPassword: 'start-test-password',
        cds: { ...DEFAULT_CDS_CONFIG, allowUnsigned: true },
      },
      {
        say: (l) => said.push(l),
        logger: { log: (level, msg) => (level === 'warn' ? warned.push(msg) : silentLogger.log(level, msg)) },
      },
    );
    await server.close(100);
    expect(said.some((l) => /WARNING: the CDS Hooks service accepts UNSIGNED calls/.test(l))).toBe(true);
    expect(warned).toEqual(['cds hooks: unsigned calls accepted (sandbox mode)']);
  });
});
