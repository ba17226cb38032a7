import { describe, expect, it } from '@jest/globals'
import { filesystemDiskLocal } from '../../src/rules/filesystem-disk-local.js'
import { fixtureProject } from '../../test-support/fixture-project.js'
import { fakeProject } from '../../test-support/fake-project.js'

describe('filesystem-disk-local', () => {
  it('has the catalogue id and default severity', () => {
    expect(filesystemDiskLocal.meta).toMatchObject({
      id: 'filesystem-disk-local',
      level: 'project',
      defaultSeverity: 'warning'
    })
  })

  it.each(['local', 'public'])('fires for the default disk %s with the local driver', (disk) => {
    const b = fakeProject()
    const name = b.env('.env', 'FILESYSTEM_DISK', disk, {
      config: { path: 'config/filesystems.php', line: 16 }
    })
    const driver = b.config('config/filesystems.php', 'local', {
      line: 40,
      note: `filesystems.disks.${disk}.driver`
    })
    b.withDefaultDisk(b.disk(name, driver, 'storage/app'))
    const [r, ...rest] = filesystemDiskLocal.check(b.build())
    expect(rest).toEqual([])
    expect(r.severity).toBeUndefined()
    expect(r.path).toBe('.env')
    expect(r.span).toEqual({
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: `FILESYSTEM_DISK=${disk}`.length + 1
    })
    expect(r.evidence).toEqual([
      { path: 'config/filesystems.php', line: 16, note: "reads env('FILESYSTEM_DISK')" },
      { path: 'config/filesystems.php', line: 40, note: `filesystems.disks.${disk}.driver` }
    ])
    expect(r.fingerprintKey).toBe('filesystems.default')
    expect(r.message).toContain(`FILESYSTEM_DISK in .env line 1 selects the default disk '${disk}'`)
    expect(r.message).toContain('set FILESYSTEM_DISK=s3')
  })

  it('anchors on the config default when no env file sets FILESYSTEM_DISK', () => {
    const b = fakeProject()
    const name = b.config('config/filesystems.php', 'local', { line: 16, envKey: 'FILESYSTEM_DISK' })
    b.withDefaultDisk(b.disk(name, 'local'))
    const [r] = filesystemDiskLocal.check(b.build())
    expect(r.path).toBe('config/filesystems.php')
    expect(r.span.line).toBe(16)
  })

  it('says example-only for .env.example', () => {
    const b = fakeProject()
    b.withDefaultDisk(b.disk(b.env('.env.example', 'FILESYSTEM_DISK', 'local'), 'local'))
    const [r] = filesystemDiskLocal.check(b.build())
    expect(r.message).toContain('(set only in .env.example; the real environment may differ)')
  })

  it.each(['s3', 'ftp', 'sftp', 'scoped'])('does not fire for the %s driver', (driver) => {
    const b = fakeProject()
    b.withDefaultDisk(b.disk(b.env('.env', 'FILESYSTEM_DISK', 'media'), driver))
    expect(filesystemDiskLocal.check(b.build())).toEqual([])
  })

  it('does not fire for a disk named local whose driver is s3, nor for an unknown driver', () => {
    const named = fakeProject()
    named.withDefaultDisk(named.disk(named.env('.env', 'FILESYSTEM_DISK', 'local'), 's3'))
    expect(filesystemDiskLocal.check(named.build())).toEqual([])

    const unknown = fakeProject()
    unknown.withDefaultDisk(unknown.disk('local', null))
    expect(filesystemDiskLocal.check(unknown.build())).toEqual([])
  })

  it('does not fire for a stateless project', () => {
    expect(filesystemDiskLocal.check(fakeProject().stateless().build())).toEqual([])
  })
})

describe('filesystem-disk-local on the fixture apps', () => {
  it('laravel10 and laravel12-defaults: FILESYSTEM_DISK=local in .env.example', () => {
    const [a, ...restA] = filesystemDiskLocal.check(fixtureProject('laravel10'))
    expect(restA).toEqual([])
    expect(a.severity).toBeUndefined()
    expect(`${a.path}:${a.span.line}`).toBe('.env.example:20')
    expect(a.evidence.map((e) => `${e.path}:${e.line}`)).toEqual([
      'config/filesystems.php:16',
      'config/filesystems.php:34'
    ])
    const [b] = filesystemDiskLocal.check(fixtureProject('laravel12-defaults'))
    expect(`${b.path}:${b.span.line}`).toBe('.env.example:37')
  })

  it('upgraded-cache-driver: FILESYSTEM_DRIVER=s3 is ignored, so the config default local is used', () => {
    const [r] = filesystemDiskLocal.check(fixtureProject('upgraded-cache-driver'))
    expect(`${r.path}:${r.span.line}`).toBe('config/filesystems.php:16')
    expect(r.message).toContain(
      "config/filesystems.php line 16 (the env('FILESYSTEM_DISK') default, as no env file sets FILESYSTEM_DISK)"
    )
  })

  it('stateless (s3): nothing', () => {
    expect(filesystemDiskLocal.check(fixtureProject('stateless'))).toEqual([])
  })
})
