"""syslog against the host: the module, its defaults and its errors.

Counterpart: glass/modules/syslog.py (Modules/syslogmodule.c).
"""
from __future__ import annotations

from oracle import same_as_host


def test_syslog_module():
    same_as_host(r"""
import syslog
print(sorted(n for n in dir(syslog) if not n.startswith('__')))
print([getattr(syslog, f).__text_signature__ for f in ('openlog', 'syslog', 'closelog', 'setlogmask', 'LOG_MASK', 'LOG_UPTO')], syslog.__doc__)
syslog.openlog('glass-test')
syslog.syslog('test message from glass')
syslog.syslog(syslog.LOG_ERR, 'test error')
syslog.closelog(); syslog.closelog()
syslog.syslog('implicit open')
syslog.openlog(); syslog.openlog(ident='x', logoption=syslog.LOG_PID, facility=syslog.LOG_USER)
mask = syslog.LOG_UPTO(syslog.LOG_WARNING)
old = syslog.setlogmask(mask); print(syslog.setlogmask(0) == mask, syslog.setlogmask(old) == mask)
print(mask & syslog.LOG_MASK(syslog.LOG_ERR), syslog.LOG_MASK(3), syslog.LOG_UPTO(2))
for call in (lambda: syslog.openlog('\uD800'), lambda: syslog.openlog(5), lambda: syslog.syslog(), lambda: syslog.syslog(1.5, 'x'),
             lambda: syslog.syslog(5), lambda: syslog.LOG_MASK(), lambda: syslog.LOG_MASK('x'), lambda: syslog.closelog(1)):
    try: print(call())
    except Exception as e: print(type(e).__name__, e)
syslog.closelog()
""")
