// The default filesystem disk has the `local` driver (the skeleton's `local` and `public` disks both do).
import type { ProjectRule } from './types.js'
import { decide, exampleOnlyNote, fixSetting, localDiskVerdict, reportAt } from './local-drivers.js'

export const filesystemDiskLocal: ProjectRule = {
  meta: {
    id: 'filesystem-disk-local',
    level: 'project',
    defaultSeverity: 'warning',
    summary:
      "The default filesystem disk uses the 'local' driver, so files are written to one server's disk.",
    help:
      'Storage::put(), $request->file()->store() and every other call that uses the default disk write to a ' +
      "directory on the server that handled the request when that disk has the local driver (the skeleton's " +
      "'local' and 'public' disks both do). Other servers answer 404 for those files, and they are lost with the " +
      'server. Use FILESYSTEM_DISK=s3 (or another shared driver), or mount a shared volume and suppress this finding.'
  },
  check(project) {
    const disk = project.defaultDisk()
    const verdict = localDiskVerdict(disk)
    if (verdict === null) return []
    const decision = decide(project, disk.name)
    const name = disk.name.value ?? '?'
    const message =
      `${decision.where} selects the default disk '${name}', whose 'local' driver ${verdict.reason}` +
      `${exampleOnlyNote(project, decision, verdict.values)}. Files stored through the default disk are missing (404) ` +
      `on the other servers and lost with this one. Fix: ${fixSetting(decision, 'FILESYSTEM_DISK', 's3')} ` +
      `(or another shared disk), or mount a shared volume and suppress this finding.`
    return [reportAt(decision, verdict.values, message, 'filesystems.default')]
  }
}
