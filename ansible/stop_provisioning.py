# What the provisioner runs on the minion after it stopped a playbook (timeout, lost lease,
# superseded): the playbook's remote modules do not die with the local ansible-playbook and would
# go on changing the checkout under the next provisioning. Every process of that playbook carries
# BENCHLINE_PROVISIONING=<id> (provision.yml's environment); they are killed, and waited for.
# Sent like the warm check: module_utils/benchline_host.py, this file, then a call to stop(...).
import json
import signal
import time


def stop(request):
    assignment = ('BENCHLINE_PROVISIONING=' + request['provisioning']).encode()
    deadline = time.monotonic() + request['waitSeconds']
    killed = set()
    while True:
        alive = processes_carrying(assignment)
        if not alive or time.monotonic() > deadline:
            break
        for pid in alive:
            try:
                os.kill(pid, signal.SIGKILL)
                killed.add(pid)
            except OSError:
                pass  # exited meanwhile
        time.sleep(0.05)
    print(json.dumps({'killed': len(killed), 'alive': len(alive)}))
