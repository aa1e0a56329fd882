"""The package's version: the contract's MAJOR.MINOR (its `info.version`), then the client's own release number
on that contract version. A test holds the two together."""

__version__ = "2.3.0"
