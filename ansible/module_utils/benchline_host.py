# Host inspection shared by Benchline's modules and by the provisioner's warm
# check. It imports nothing from Ansible: the warm check sends this file to the
# minion as part of a plain Python script.
from __future__ import annotations

import hashlib
import os
import platform

RUN_MARKER = b'BENCHLINE_RUN_ID='
GOVERNOR_FILE = '/sys/devices/system/cpu/cpu0/cpufreq/scaling_governor'


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


def host_facts():
    governor = _read_text(GOVERNOR_FILE)
    return {
        'cpuModel': _cpu_model(),
        'cores': os.cpu_count() or 0,
        'kernel': platform.release(),
        'memoryMb': _memory_mb(),
        'os': _os_name(),
        'governor': governor.strip() if governor else None,
        'hostname': platform.node(),
    }


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


def marked_processes(work_dir):
    """PIDs of this user's Benchline processes of this work dir, except our own lineage.

    A process counts when its environment carries BENCHLINE_RUN_ID= and its working
    directory, or one of its environment values (e.g. BENCHLINE_OUTPUT_DIR), lies in
    work_dir: other Benchline installations sharing the user are left alone.
    """
    uid = os.getuid()
    spared = own_lineage()
    prefixes = {work_dir.rstrip('/') + '/', os.path.realpath(work_dir) + '/'}
    found = []
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
        if not any(variable.startswith(RUN_MARKER) for variable in variables):
            continue
        values = (variable.partition(b'=')[2].decode('utf-8', 'replace') for variable in variables)
        if _inside(cwd, prefixes) or any(_inside(value, prefixes) for value in values):
            found.append(int(entry))
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
