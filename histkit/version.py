"""The version of histkit, in one place (the package, the CLI and run manifests read it)."""

__version__ = "0.1.0"
