/**
 * Owns the pip launcher: the Python source that runs pip's own main, in the same process, after
 * pointing pip's marker evaluation at FC's environment (the plan's `install.pip.markers`), and the
 * command that writes it to a temp folder and runs it with the runner's pip.
 *
 * Why a launcher and not pip options: pip has none for markers. `--python-version` and
 * `--platform` only choose which wheel tags fit (and Requires-Python, which already follows
 * --python-version); every environment marker, in the requirements file and in each
 * dependency's Requires-Dist, is evaluated by `packaging.markers.Marker.evaluate`, which starts
 * from `default_environment()`, computed from the interpreter running pip. Both pip 23.x
 * (packaging 21.3) and pip 26.x (packaging 26) look that function up as a module global at each
 * call, so replacing `pip._vendor.packaging.markers.default_environment` before pip's internals
 * are imported changes every evaluation, pip's own `{"extra": ...}` overrides still applied on
 * top. It keeps the runner's pip (no container, no second Python) and costs nothing measurable
 * (`pip --version` through it: 1.25-1.70 s, directly: 1.26-2.16 s, 3 runs each on the shared dev machine).
 * Running pip under FC's Python in a container was the other option: it needs Docker for every
 * build and an image per Python, where this needs neither.
 *
 * With FCPP_DOWNLOAD_REPORT=<file> in its environment, the launcher also writes the resolution
 * pip settled on as `pip install --report` would (pip's own InstallationReport, from the one
 * requirement set its resolver returned): `pip download` then both fetches the wheels and says
 * what they resolve to, in one pip run (pip 23.2 to 26 have both, unchanged). A pip where that
 * fails writes no report, and the caller asks pip again (wheelhouse.ts).
 *
 * With FCPP_ALLOW_SDISTS=1, pip may pick an sdist while --platform/--python-version restrict the
 * wheels (pip refuses that pair, because it would build the sdist for the runner): the sdist is only
 * downloaded and its metadata read here; install/sdists.ts builds it for FC's Python afterwards.
 *
 * argv: <launcher> <environment JSON> <pip arguments...>. Exit 86 with one line on stderr when
 * this pip does not evaluate markers the way the launcher expects.
 */
import { removeOnCancel } from '../shared/cancel.js';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { MarkerEnvironment } from '../plan/pip.js';

export const LAUNCHER_EXIT_UNSUPPORTED = 86;

export const PIP_LAUNCHER = `# fc-python-pack: runs pip with FC's marker environment (see src/install/pip-launcher.ts).
import json
import os
import sys


def main():
    target = json.loads(sys.argv[1])
    pip_argv = sys.argv[2:]
    try:
        import pip
        from pip._vendor.packaging import markers
    except ImportError as e:
        sys.stderr.write("fc-python-pack: cannot import pip (%s)\\n" % e)
        return ${LAUNCHER_EXIT_UNSUPPORTED}
    if not callable(getattr(markers, "default_environment", None)):
        sys.stderr.write("fc-python-pack: pip %s has no packaging.markers.default_environment\\n" % pip.__version__)
        return ${LAUNCHER_EXIT_UNSUPPORTED}

    def default_environment():
        return dict(target)

    markers.default_environment = default_environment
    # Proof the override is what Marker.evaluate reads, before pip runs.
    probe = 'python_full_version == "%s" and sys_platform == "%s"' % (target["python_full_version"], target["sys_platform"])
    if not markers.Marker(probe).evaluate():
        sys.stderr.write("fc-python-pack: pip %s does not evaluate markers through default_environment\\n" % pip.__version__)
        return ${LAUNCHER_EXIT_UNSUPPORTED}
    if os.environ.get("FCPP_ALLOW_SDISTS") == "1":
        from pip._internal.cli import cmdoptions

        cmdoptions.check_dist_restriction = lambda *args, **kwargs: None
    report = os.environ.get("FCPP_DOWNLOAD_REPORT")
    if report:
        try:
            keep_report(report)
        except Exception as e:
            sys.stderr.write("fc-python-pack: no resolution report (%s)\\n" % e)
    from pip._internal.cli.main import main as pip_main

    sys.argv = ["pip"] + pip_argv
    return pip_main(pip_argv)


def keep_report(report):
    """pip download also writes what it resolved, as pip install --report does. Written at the end
    of the command's run, while the wheels pip fetched (which the metadata is read from) still exist."""
    from pip._internal.commands.download import DownloadCommand
    from pip._internal.models.installation_report import InstallationReport
    from pip._internal.resolution.resolvelib.resolver import Resolver

    resolved = []
    resolve = Resolver.resolve
    run = DownloadCommand.run

    def keep(self, *args, **kwargs):
        result = resolve(self, *args, **kwargs)
        resolved.append(result)
        return result

    def run_and_report(self, *args, **kwargs):
        code = run(self, *args, **kwargs)
        if code == 0 and len(resolved) == 1:
            try:
                data = InstallationReport(resolved[0].requirements_to_install).to_dict()
                with open(report, "w", encoding="utf-8") as f:
                    json.dump(data, f)
            except Exception as e:
                sys.stderr.write("fc-python-pack: no resolution report (%s)\\n" % e)
        return code

    Resolver.resolve = keep
    DownloadCommand.run = run_and_report


if __name__ == "__main__":
    sys.exit(main())
`;

export interface LauncherCommand {
  /** Arguments after the interpreter: the launcher, the environment, then pip's own. */
  args: string[];
  /** What to log instead of the environment JSON. */
  display: string[];
  /** Removes the launcher's temp folder. */
  dispose: () => Promise<void>;
}

/**
 * `python <launcher> <env> <pipArgs...>`: the runner's pip, its markers evaluated for FC.
 * The launcher goes to a fresh temp folder (never the user's tree) and is removed by dispose().
 */
export async function launcherCommand(env: MarkerEnvironment, pipArgs: string[], tmpRoot = process.env.RUNNER_TEMP || os.tmpdir()): Promise<LauncherCommand> {
  const dir = await fs.mkdtemp(path.join(tmpRoot, 'fcpp-pip-'));
  const forget = removeOnCancel(dir);
  const launcher = path.join(dir, 'fcpp_pip.py');
  await fs.writeFile(launcher, PIP_LAUNCHER);
  return {
    args: [launcher, JSON.stringify(env), ...pipArgs],
    display: [`<pip for CPython ${env.python_full_version}, ${env.sys_platform} ${env.platform_machine}>`, ...pipArgs],
    dispose: () => fs.rm(dir, { recursive: true, force: true }).finally(forget),
  };
}
