# Host inspection shared by Benchline's modules and by the provisioner's warm
# check. It imports nothing from Ansible: the warm check sends this file to the
# minion as part of a plain Python script.
from __future__ import annotations

import glob
import hashlib
import os
import platform
import re
import shutil
import subprocess

RUN_MARKER = b'BENCHLINE_RUN_ID='
CPU_DIR = '/sys/devices/system/cpu'
GOVERNOR_FILE = CPU_DIR + '/cpu0/cpufreq/scaling_governor'
SWAPPINESS_FILE = '/proc/sys/vm/swappiness'
# Personality flag that setarch -R sets: the process's address space is not randomized.
ADDR_NO_RANDOMIZE = 0x0040000
COMMAND_TIMEOUT_SECONDS = 20


def _read_text(path):
    try:
        with open(path, encoding='utf-8', errors='replace') as handle:
            return handle.read()
    except OSError:
        return None


def _cpu_model():
    # x86 says "model name"; ARM and others use one of the later keys.
    fields = {}
    for line in (_read_text('/proc/cpuinfo') or '').splitlines():
        key, _, value = line.partition(':')
        fields.setdefault(key.strip().lower(), value.strip())
    for key in ('model name', 'hardware', 'cpu model', 'processor'):
        if fields.get(key) and not fields[key].isdigit():
            return fields[key]
    return platform.processor() or platform.machine()


def _memory_mb():
    for line in (_read_text('/proc/meminfo') or '').splitlines():
        if line.startswith('MemTotal:'):
            return int(line.split()[1]) // 1024
    return 0


def _os_name():
    for line in (_read_text('/etc/os-release') or '').splitlines():
        if line.startswith('PRETTY_NAME='):
            return line.split('=', 1)[1].strip().strip('"')
    return platform.platform()


def _microcode():
    # The first "microcode" line is cpu0's.
    for line in (_read_text('/proc/cpuinfo') or '').splitlines():
        key, _, value = line.partition(':')
        if key.strip().lower() == 'microcode':
            return value.strip()
    return ''


def _run(argv, any_status=False):
    """Output of a command run without a shell; None when it cannot run, hangs, or fails (unless any_status)."""
    try:
        done = subprocess.run(argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              timeout=COMMAND_TIMEOUT_SECONDS)
    except (OSError, subprocess.SubprocessError):
        return None
    if done.returncode != 0 and not any_status:
        return None
    # Some tools print their version on stderr.
    return (done.stdout or done.stderr).decode('utf-8', 'replace')


def _package_name(package):
    # apt accepts name=version and name/release; dpkg knows the name (with its :arch, if given).
    return re.split(r'[=/]', package, maxsplit=1)[0]


def _installed_versions(names):
    """Installed version of each package, in one dpkg-query (which fails, printing the others, when one is unknown)."""
    if not names:
        return {}
    listing = _run(['dpkg-query', '--show', '--showformat=${binary:Package}\t${db:Status-Abbrev}\t${Version}\n',
                    '--'] + names, any_status=True) or ''
    versions = {}
    for line in listing.splitlines():
        package, _, rest = line.partition('\t')
        status, _, version = rest.partition('\t')
        if status[1:2] == 'i':
            # binary:Package carries the architecture of multi-arch packages (libc6:amd64).
            versions[package] = versions[package.partition(':')[0]] = version
    return versions


def _runtime_version(executable):
    output = _run([executable, '--version']) or ''
    return next((line.strip() for line in output.splitlines() if line.strip()), '')


def environment_versions(packages, runtimes):
    """`pkg:<package>` → its installed version, `bin:<executable>` → its `--version` line; '' when missing."""
    names = [_package_name(package) for package in packages]
    installed = _installed_versions(names)
    versions = {'pkg:' + name: installed.get(name, '') for name in names}
    versions.update({'bin:' + executable: _runtime_version(executable) for executable in runtimes})
    return versions


def host_facts(packages=(), runtimes=(), tuning=()):
    """The facts a run records; `tuning` is observe_tuning's list for the minion's tuning config."""
    governor = _read_text(GOVERNOR_FILE)
    return {
        'cpuModel': _cpu_model(),
        'cores': os.cpu_count() or 0,
        'kernel': platform.release(),
        'memoryMb': _memory_mb(),
        'os': _os_name(),
        'governor': governor.strip() if governor else None,
        'hostname': platform.node(),
        'microcode': _microcode(),
        'packages': environment_versions(packages, runtimes),
        'tuning': tuning_facts(tuning),
    }


def _cpu_set(cpu_list):
    """'0-2,5' → {0, 1, 2, 5}."""
    cpus = set()
    for part in cpu_list.strip().split(','):
        if part:
            first, _, last = part.partition('-')
            cpus.update(range(int(first), int(last or first) + 1))
    return cpus


def _setting(name, state, value='', detail='', writes=()):
    return {'name': name, 'state': state, 'value': value, 'detail': detail, 'writes': list(writes)}


def _unavailable(name, detail):
    return _setting(name, 'unavailable', detail=detail)


def _file_setting(name, path, wanted, shown):
    """A knob that is one file: applied when it holds `wanted`, else `differs` with the write that fixes it."""
    current = (_read_text(path) or '').strip()
    if current == wanted:
        return _setting(name, 'applied', shown(current))
    return _setting(name, 'differs', shown(current), writes=[(path, wanted)])


def _governor(wanted):
    files = sorted(glob.glob(CPU_DIR + '/cpu[0-9]*/cpufreq/scaling_governor'))
    if not files:
        return _unavailable('governor', 'no cpufreq: the host does not let the OS scale CPU frequencies (a VM?)')
    offered = (_read_text(os.path.join(os.path.dirname(files[0]), 'scaling_available_governors')) or '').split()
    if wanted not in offered:
        return _unavailable('governor', 'governor %s is not offered (available: %s)' % (wanted, ' '.join(offered)))
    current = {path: (_read_text(path) or '').strip() for path in files}
    writes = [(path, wanted) for path, governor in current.items() if governor != wanted]
    value = ','.join(sorted(set(current.values())))
    return _setting('governor', 'differs' if writes else 'applied', value, writes=writes)


def _turbo(wanted):
    # intel_pstate says "no_turbo" (1 = off); acpi-cpufreq and amd-pstate say "boost" (0 = off).
    for path, off in ((CPU_DIR + '/intel_pstate/no_turbo', '1'), (CPU_DIR + '/cpufreq/boost', '0')):
        if _read_text(path) is not None:
            on = '0' if off == '1' else '1'
            return _file_setting('turbo', path, off if wanted == 'off' else on,
                                 lambda current, off=off: 'off' if current == off else 'on')
    return _unavailable('turbo', 'no turbo control (neither intel_pstate/no_turbo nor cpufreq/boost)')


def _smt(wanted):
    path = CPU_DIR + '/smt/control'
    control = (_read_text(path) or '').strip()
    if control in ('', 'notimplemented'):
        return _unavailable('smt', 'the kernel has no SMT control')
    if control == 'notsupported':
        return _unavailable('smt', 'the CPU has no SMT (control: notsupported)')
    if control == 'forceoff':
        return (_setting('smt', 'applied', 'off') if wanted == 'off' else
                _unavailable('smt', 'SMT is forced off at boot (nosmt=force)'))
    return _file_setting('smt', path, wanted, lambda current: current)


def _aslr():
    # Per process: the executor starts the benchmarks under `setarch -R`; the host's setting stays.
    if shutil.which('setarch') is None:
        return _unavailable('aslr', 'setarch (util-linux) is not installed')
    personality = _run(['setarch', '-R', 'cat', '/proc/self/personality'])
    try:
        if int(personality, 16) & ADDR_NO_RANDOMIZE:
            return _setting('aslr', 'applied', 'off')
    except (TypeError, ValueError):
        pass
    return _unavailable('aslr', 'setarch -R cannot turn address space randomization off here')


def _swappiness(wanted):
    if _read_text(SWAPPINESS_FILE) is None:
        return _unavailable('swappiness', 'the kernel has no vm.swappiness')
    return _file_setting('swappiness', SWAPPINESS_FILE, str(wanted), lambda current: current)


def _reserved_cpus(cpu_list):
    online_list = (_read_text(CPU_DIR + '/online') or '').strip()
    missing = sorted(_cpu_set(cpu_list) - _cpu_set(online_list))
    if missing:
        return _unavailable('reserved_cpus', 'CPU %s not online (online: %s)' % (
            ','.join(map(str, missing)), online_list or 'unknown'))
    if shutil.which('taskset') is None:
        return _unavailable('reserved_cpus', 'taskset (util-linux) is not installed')
    return _setting('reserved_cpus', 'applied', cpu_list)


_TUNING = (
    ('governor', _governor),
    ('turbo', _turbo),
    ('smt', _smt),
    ('aslr', lambda wanted: _aslr()),
    ('swappiness', _swappiness),
    ('reservedCpus', _reserved_cpus),
)


def observe_tuning(settings):
    """Each configured setting (config `tuning`) as the host has it now: applied, unavailable, or
    differs (with the writes that would apply it)."""
    return [observe(settings[key]) for key, observe in _TUNING if settings.get(key) is not None]


def tuning_facts(observed):
    """What the host facts report: a setting still differing after the playbook could not be applied."""
    facts = []
    for setting in observed:
        fact = {key: setting[key] for key in ('name', 'state', 'value', 'detail')}
        if setting['state'] == 'differs':
            fact.update(state='unavailable', detail='the host kept %s after it was set' % setting['value'])
        facts.append(fact)
    return facts


def own_lineage():
    """This process and its ancestors: the connection that runs us, never to be killed."""
    lineage = set()
    pid = os.getpid()
    while pid > 1 and pid not in lineage:
        lineage.add(pid)
        stat = _read_text('/proc/%d/stat' % pid) or ''
        # The command name (field 2) may contain spaces; the parent pid follows its closing parenthesis.
        pid = int(stat.rpartition(')')[2].split()[1]) if ')' in stat else 0
    return lineage


def _inside(path, prefixes):
    return any((path + '/').startswith(prefix) for prefix in prefixes)


def _own_processes():
    """(pid, environment variables as bytes, working directory) of this user's processes, except our own lineage."""
    uid = os.getuid()
    spared = own_lineage()
    for entry in os.listdir('/proc'):
        if not entry.isdigit() or int(entry) in spared:
            continue
        try:
            if os.stat('/proc/' + entry).st_uid != uid:
                continue
            with open('/proc/%s/environ' % entry, 'rb') as handle:
                variables = handle.read().split(b'\0')
            cwd = os.readlink('/proc/%s/cwd' % entry)
        except OSError:
            continue  # exited meanwhile, or not ours to read
        yield int(entry), variables, cwd


def processes_carrying(assignment):
    """PIDs of this user's processes whose environment holds `assignment` (bytes, NAME=value), except our own lineage."""
    return sorted(pid for pid, variables, _cwd in _own_processes() if assignment in variables)


def marked_processes(work_dir):
    """PIDs of this user's Benchline processes of this work dir, except our own lineage.

    A process counts when its environment carries BENCHLINE_RUN_ID= and its working
    directory, or one of its environment values (e.g. BENCHLINE_OUTPUT_DIR), lies in
    work_dir: other Benchline installations sharing the user are left alone.
    """
    prefixes = {work_dir.rstrip('/') + '/', os.path.realpath(work_dir) + '/'}
    found = []
    for pid, variables, cwd in _own_processes():
        if not any(variable.startswith(RUN_MARKER) for variable in variables):
            continue
        values = (variable.partition(b'=')[2].decode('utf-8', 'replace') for variable in variables)
        if _inside(cwd, prefixes) or any(_inside(value, prefixes) for value in values):
            found.append(pid)
    return sorted(found)


def run_leftovers(runs_dir):
    """Names of the entries in the runs directory (absent directory: none)."""
    try:
        return sorted(os.listdir(runs_dir))
    except FileNotFoundError:
        return []


def file_sha256(path):
    digest = hashlib.sha256()
    try:
        with open(path, 'rb') as handle:
            for block in iter(lambda: handle.read(1 << 20), b''):
                digest.update(block)
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
        return None
    return digest.hexdigest()
