import { execFileSync } from 'node:child_process';
import { lstatSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readRegularFile } from '../../generator/load/read-regular-file.ts';
import { LIMITS } from '../../generator/vocabulary/limits.ts';
import { ACME_YAML } from '../catalogs/test-catalogs.ts';
import { expectNoStackTrace, expectRefused, expectWithinBounds, hostileProject, type HostileProject } from './helpers/hostile-project.ts';

/**
 * Finding: a catalog that is a symbolic link to `/dev/zero` used 5 GB and
 * crashed, a named pipe called `x.yaml` hung forever, and a folder called
 * `x.yaml` gave an internal error: the size limit read `stat`, not the bytes
 * read, and links were followed. Files that arrive with a pull request (the
 * catalogs, the config, the output folder) are now opened without following
 * links, must be regular files (checked on the opened handle), and are read
 * no further than the limit.
 *
 * Decision: a symbolic link is refused, even to a regular file inside the
 * project. A catalog is a small text file; a link in a pull request could
 * point at a secret on the CI machine, whose content would be quoted back in
 * error messages.
 */

let project: HostileProject;
beforeEach(() => {
  project = hostileProject();
});
afterEach(() => project.remove());

const LINK = 'is a symbolic link, which errcat does not follow: a catalog must be a regular file (a link could point at any file on the machine)';

describe('a catalog that is not a regular file is refused with the file named, without reading it', () => {
  it('a symbolic link to /dev/zero', async () => {
    symlinkSync('/dev/zero', path.join(project.catalogs, 'acme.yaml'));
    expectRefused(await project.run('validate'), [`errcat/catalogs/acme.yaml:1:1  ${LINK}`]);
  });

  it('a symbolic link to a valid catalog inside the project', async () => {
    writeFileSync(path.join(project.dir, 'acme.yaml'), ACME_YAML);
    symlinkSync('../../acme.yaml', path.join(project.catalogs, 'acme.yaml'));
    expectRefused(await project.run('validate'), [`errcat/catalogs/acme.yaml:1:1  ${LINK}`]);
  });

  it('a named pipe called x.yaml (no writer: reading it would wait forever)', async () => {
    execFileSync('mkfifo', [path.join(project.catalogs, 'x.yaml')]);
    expectRefused(await project.run('validate'), ['errcat/catalogs/x.yaml:1:1  is a named pipe (FIFO), not a regular file: a catalog must be a regular file']);
  });

  it('a folder called x.yaml, beside a valid catalog', async () => {
    project.write('acme.yaml', ACME_YAML);
    mkdirSync(path.join(project.catalogs, 'x.yaml'));
    const result = await project.run('validate');
    expectRefused(result, ['errcat/catalogs/x.yaml:1:1  is a folder, not a regular file: a catalog must be a regular file', 'errcat: 1 problem; nothing was written']);
  });

  it('a config file that is a symbolic link to /dev/zero', async () => {
    project.write('acme.yaml', ACME_YAML);
    symlinkSync('/dev/zero', path.join(project.dir, 'errcat.config.json'));
    expectRefused(await project.run('validate'), [
      'errcat.config.json:1:1  is a symbolic link, which errcat does not follow: a config file must be a regular file (a link could point at any file on the machine)',
    ]);
  });
});

describe('reading stops at the byte limit + 1, whatever size the file reported', () => {
  it('a /proc file reports size 0 but holds more: refused as too large, not read whole', async () => {
    expect(lstatSync('/proc/self/status').size).toBe(0);
    expect(await readRegularFile('/proc/self/status', 100)).toEqual({ kind: 'too-large' });
    const whole = await readRegularFile('/proc/self/status', LIMITS.maxFileBytes);
    expect(whole.kind === 'read' && whole.bytes.toString('utf8')).toMatch(/^Name:/);
  });
});

describe('the output folder arrives with pull requests too: generate --check never reads through what stands there', () => {
  it('a generated file replaced by a link to /dev/zero, another by a named pipe, the manifest by a link: refused, never read', async () => {
    project.write('acme.yaml', ACME_YAML);
    expect((await project.run('generate')).code).toBe(0);
    const readme = path.join(project.out, 'acme/README.md');
    rmSync(readme);
    symlinkSync('/dev/zero', readme);
    const openapi = path.join(project.out, 'acme/openapi.yaml');
    rmSync(openapi);
    execFileSync('mkfifo', [openapi]);
    const manifest = path.join(project.out, '.errcat-manifest.json');
    rmSync(manifest);
    symlinkSync('/dev/zero', manifest);

    const check = await project.run('generate', '--check');
    expect(check.code, check.stderr).toBe(1);
    expect(check.stdout).toContain('refused: errcat/generated/acme/README.md: a symbolic link where errcat writes a file');
    expect(check.stdout).toContain('refused: errcat/generated/acme/openapi.yaml: a FIFO where errcat writes a file');
    expect(check.stdout).toContain('refused: errcat/generated/.errcat-manifest.json: a symbolic link where errcat writes a file');
    expectNoStackTrace(check);
    expectWithinBounds(check);

    // A writing run stops before writing anything (the writer's rule: never through a link, regular files only), in bounds too.
    const refused = await project.run('generate');
    expect(refused.code, refused.stderr).toBe(1);
    expect(refused.stderr).toContain('nothing was written');
    expectWithinBounds(refused);
    expect(lstatSync(readme).isSymbolicLink() && lstatSync(manifest).isSymbolicLink()).toBe(true);
    // Once the entries are removed, the next run repairs the tree.
    for (const entry of [readme, openapi, manifest]) rmSync(entry);
    expect((await project.run('generate')).code).toBe(0);
    expect(lstatSync(readme).isFile() && lstatSync(openapi).isFile() && lstatSync(manifest).isFile()).toBe(true);
    expect((await project.run('generate', '--check')).code).toBe(0);
  });
});
