// app.maintenance.driver = file: `php artisan down` only takes down the server it runs on.
import type { ProjectRule } from './types.js'
import {
  decide,
  exampleOnlyNote,
  fixSetting,
  normaliseDriver,
  reportAt,
  settableByEnv
} from './local-drivers.js'

export const maintenanceDriverFile: ProjectRule = {
  meta: {
    id: 'maintenance-driver-file',
    level: 'project',
    defaultSeverity: 'notice',
    summary: "Maintenance mode uses the 'file' driver, so `php artisan down` affects one server only.",
    help:
      'With the file maintenance driver `php artisan down` writes storage/framework/down on the server where it ' +
      'runs; the other servers keep serving traffic during the deployment. Set APP_MAINTENANCE_DRIVER=cache with ' +
      'APP_MAINTENANCE_STORE naming a shared store (e.g. redis) so one command takes every server down (Laravel ' +
      "10: 'maintenance' => ['driver' => 'cache', 'store' => 'redis'] in config/app.php)."
  },
  check(project) {
    const driver = project.maintenanceDriver()
    if (normaliseDriver(driver.value) !== 'file') return []
    const decision = decide(project, driver)
    // No app.maintenance.driver at all (a 10.x config/app.php from before the key): Laravel's default.
    const unset = project.configValue !== undefined && project.configValue('app.maintenance.driver') === null
    const fix = unset
      ? `add 'maintenance' => ['driver' => 'cache', 'store' => 'redis'] (a shared store) to ${decision.anchor.path}`
      : settableByEnv(decision)
        ? `${fixSetting(decision, 'APP_MAINTENANCE_DRIVER', 'cache')} and APP_MAINTENANCE_STORE to a shared store such as redis`
        : `${fixSetting(decision, 'APP_MAINTENANCE_DRIVER', 'cache')} and add 'store' => 'redis' (a shared store)`
    const message =
      `${decision.where} selects the 'file' maintenance driver${exampleOnlyNote(project, decision, [driver])}: ` +
      `php artisan down marks only the server it runs on, the others keep serving. Fix: ${fix}.`
    return [reportAt(decision, [driver], message, 'app.maintenance.driver')]
  }
}
