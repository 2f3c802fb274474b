# logging.captureWarnings sends warnings to the 'py.warnings' logger; logging's deprecated warn() warns.
import io
import logging
import sys
import warnings

logging.basicConfig(stream=sys.stdout, format="root:%(name)s|%(message)s")
handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("%(name)s|%(levelname)s|%(message)s"))
logging.getLogger("py.warnings").addHandler(handler)

warnings.simplefilter("always")
logging.captureWarnings(True)
print(warnings.showwarning is not warnings._showwarning_orig)
warnings.warn_explicit("captured", UserWarning, "somewhere.py", 12)
buf = io.StringIO()
warnings.showwarning("to a file", RuntimeWarning, "f.py", 3, file=buf)
print(repr(buf.getvalue()))
logging.captureWarnings(False)
print(warnings.showwarning is warnings._showwarning_orig)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    log = logging.getLogger("app")
    log.addHandler(handler)
    log.warn("via the deprecated method")
    logging.warn("via the deprecated function")
    logging.LoggerAdapter(log, {}).warn("via an adapter")
print([(x.category.__name__, str(x.message)) for x in w])
