"""`invoicexpress`: the account from a terminal.

    invoicexpress sequences list [--json] [--type TYPE ...]
    invoicexpress sequences get ID [--json]
    invoicexpress sequences create SERIE [--default] [--yes] [--json]
    invoicexpress sequences register ID [--yes] [--json]
    invoicexpress sequences set-default ID
    invoicexpress RESOURCE COMMAND [ARGUMENTS] [--json]      e.g. taxes list, clients get ID, items list --all
    invoicexpress invoices finalize ID [--yes] [--json]      (and each document type: credit_notes, ...)
    invoicexpress invoices cancel ID --message TEXT [--yes] [--json]

The series have commands of their own (their ATCUD tables, and writes confirmed first). Every other resource
gets a command for each of its operations that change nothing, made from the contract's declarations (the
package's `api.COMMANDS`): its path parameters and required arguments are positional, the others options
(`--per-page 50`); a list prints a table of the fields its entries are summed up by, and `--all` walks every
page; one record prints a field per line; `--json` prints every field (money with its digits). A change of
state whose declaration says what it does that cannot be undone (`confirm`: finalizing, cancelling) is a command
of each document type that takes it: it reads the document, refuses a change its state does not take, says what
it will do at the Tax Authority and asks first.

The key is read from INVOICEXPRESS_API_KEY only (a command-line argument would show in the process list and
the shell's history); the account from --account or INVOICEXPRESS_ACCOUNT_NAME, or another address from
--base-url or INVOICEXPRESS_BASE_URL. Creating and registering a series, finalizing and cancelling a document
change the account's Tax Authority records for good: each asks first, and refuses without a terminal to ask on
unless given --yes. An answer that
breaks the contract only in a value's format is shown, with a warning; --strict refuses it. Every failure is
one line on stderr: exit status 1 for a refusal or a failed call, 2 for a command or setting that is wrong
(after the usage, as argparse says a wrong argument). Every message names the flag or variable it is about,
never the Python client's argument.
"""

import argparse
import datetime
import importlib
import inspect
import logging
import math
import os
import sys
import types
import typing
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any, NoReturn, TextIO

from . import errors
from ._base_client import _ACCOUNT_NAME, ACCOUNT_NAME_VARIABLE, API_KEY_VARIABLE, BASE_URL_VARIABLE, MAX_TIMEOUT
from ._pagination import Page
from ._resource import SyncResource, checked_transition
from ._version import __version__
from .api import COMMANDS, CONFIRMED, CONFIRMED_STEPS, DOWNLOADS
from .atcud import DocumentType, is_default, numbering, numberings
from .client import InvoiceXpressClient
from .models.sequence import Sequence as Series
from .types import Unset

PROGRAM = "invoicexpress"
FAILED = 1  # the service refused, could not be reached, or the user declined
USAGE = 2  # a command, argument or setting that cannot work (argparse exits with 2 too)


class Refused(Exception):
    """A write the user did not confirm."""


class SettingError(Exception):
    """A setting that cannot work, said in this program's terms: the flag or variable it came from."""


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (the console script exits with it)."""
    parser = _parser()
    arguments = parser.parse_args(argv)
    # The client's warnings (a retry, an answer that breaks the contract) as lines of this program's, for this
    # run only (the tests run main() many times in one process).
    said = logging.StreamHandler(sys.stderr)
    said.setFormatter(_InTheseTerms())
    logger = logging.getLogger("invoicexpress_client")
    logger.addHandler(said)
    try:
        with _client(arguments) as client:
            arguments.run(client, arguments, sys.stdout)
    except SettingError as error:  # as argparse says a wrong argument: the usage, then the error
        parser.print_usage(sys.stderr)
        return _fail(str(error), USAGE)
    except errors.InvalidArgument as error:  # (the arguments' types refuse what the client would)
        return _fail(str(error), USAGE)
    except errors.InvoiceXpressError as error:
        return _fail(str(error), FAILED)
    except Refused as refusal:
        return _fail(str(refusal), FAILED)
    except KeyboardInterrupt:
        return _fail("interrupted", FAILED)
    except BrokenPipeError:  # the reader went away (`| head`): nothing left to say, and no one to say it to
        sys.stderr.close()
        return FAILED
    finally:
        logger.removeHandler(said)
    return 0


def _fail(message: str, status: int) -> int:
    first_line = message.splitlines()[0] if message else "failed"
    print(f"{PROGRAM}: error: {first_line}", file=sys.stderr)
    return status


class _InTheseTerms(logging.Formatter):
    """A log record of the client's as a line of this program's: its flag where the client names its argument,
    and what this program does with an answer."""

    SAID = (("returned anyway", "shown anyway"), ("strict=True", "--strict"))

    def format(self, record: logging.LogRecord) -> str:
        message = record.getMessage()
        for python, here in self.SAID:
            message = message.replace(python, here)
        return f"{PROGRAM}: {record.levelname.lower()}: {message}"


# --- Settings -------------------------------------------------------------------------------------------------
# The client's own refusals name its Python arguments (`give account_name`); here each setting is checked, or
# its refusal said again, in the name of the flag or variable it came from.


def _client(arguments: argparse.Namespace) -> InvoiceXpressClient:
    """The client of the flags, else the variables, or the SettingError that says which of them is wrong."""
    _check_key()
    # As the client reads them: the variables only when neither flag is given (INVOICEXPRESS_BASE_URL, when
    # set, wins over INVOICEXPRESS_ACCOUNT_NAME; --base-url over --account).
    if arguments.account is None and arguments.base_url is None:
        account, base_url = os.environ.get(ACCOUNT_NAME_VARIABLE) or None, os.environ.get(BASE_URL_VARIABLE) or None
        account_from, base_url_from = ACCOUNT_NAME_VARIABLE, BASE_URL_VARIABLE
    else:
        account, base_url = arguments.account, arguments.base_url
        account_from, base_url_from = "--account", "--base-url"
    if account is None and base_url is None:
        raise SettingError(
            f"no account: give --account NAME (or --base-url URL, to reach another server), or set"
            f" {ACCOUNT_NAME_VARIABLE} (or {BASE_URL_VARIABLE})"
        )
    if account is not None and not _ACCOUNT_NAME.fullmatch(account):
        raise SettingError(
            f"{account_from} {account!r} is not an account name: letters, digits and inner hyphens,"
            " as in https://NAME.app.invoicexpress.com"
        )
    try:
        return InvoiceXpressClient(
            account_name=account, base_url=base_url, timeout=arguments.timeout, strict=arguments.strict
        )
    except errors.ClientConfigurationError as refusal:
        message = str(refusal)
    # What the client refuses of the address, of the address's flag or variable.
    if message.startswith("base_url "):
        raise SettingError(base_url_from + message.removeprefix("base_url"))
    if message.startswith("InvoiceXpress is reached over https only"):
        raise SettingError(
            f"{base_url_from} {base_url!r} is not https: InvoiceXpress is reached over https only, as the API key"
            " is in every request's URL"
        )
    if message.startswith("the environment's proxy"):  # which of its variables: as the client picks one
        scheme = "HTTP" if base_url is not None and base_url.lower().startswith("http:") else "HTTPS"
        named = f"the proxy that {scheme}_PROXY (or ALL_PROXY) names"
        raise SettingError(message.replace("the environment's proxy", named, 1))
    raise SettingError(message)


def _check_key() -> None:
    """The key's variable checked in its own name. The key is read by the client from the environment, never
    from the command line (it would show in the process list and the shell's history), and never kept here."""
    key = os.environ.get(API_KEY_VARIABLE)
    if key is None:
        raise SettingError(f"no API key: set {API_KEY_VARIABLE} (the key is read from the environment only)")
    if not key.strip():
        raise SettingError(f"{API_KEY_VARIABLE} is empty: set it to the account's API key")
    if not key.isprintable():  # undecodable bytes (lone surrogates) are not printable either
        raise SettingError(
            f"{API_KEY_VARIABLE} holds characters no URL can carry (undecodable bytes, control characters)"
        )


# --- Commands -------------------------------------------------------------------------------------------------


def _list(client: InvoiceXpressClient, arguments: argparse.Namespace, out: TextIO) -> None:
    series = client.sequences.list().sequences
    if arguments.json:
        _print_json([_as_json(one) for one in series], out)
    else:
        _print_table(series, arguments.type, out)


def _get(client: InvoiceXpressClient, arguments: argparse.Namespace, out: TextIO) -> None:
    series = client.sequences.get(arguments.id)
    if arguments.json:
        _print_json(_as_json(series), out)
    else:
        _print_table([series], arguments.type, out)


def _create(client: InvoiceXpressClient, arguments: argparse.Namespace, out: TextIO) -> None:
    default = " and make it the default" if arguments.default else ""
    _confirm(
        "creating a series",
        f"create the series {arguments.serie!r} in the account at {client.base_url.host}{default}",
        "In a Portuguese account it is registered with the Tax Authority (AT) at once. It cannot be undone:"
        " series can be neither changed nor deleted.",
        arguments.yes,
    )
    series = client.sequences.create(serie=arguments.serie, default=True if arguments.default else None)
    if arguments.json:
        _print_json(_as_json(series), out)
    else:
        print(f"Created the series {series.serie!r} (id {series.id}).", file=out)
        _print_table([series], None, out)


def _register(client: InvoiceXpressClient, arguments: argparse.Namespace, out: TextIO) -> None:
    series = client.sequences.get(arguments.id)
    _confirm(
        "registering a series with the Tax Authority",
        f"register the series {series.serie!r} (id {series.id}) of the account at {client.base_url.host} with the"
        " Tax Authority",
        "Every document type it is not registered for yet gets an AT code. It cannot be undone.",
        arguments.yes,
    )
    registered = [one for one in client.sequences.register(arguments.id).sequences if one.id == arguments.id]
    if arguments.json:
        _print_json([_as_json(one) for one in registered], out)
    else:
        print(f"Registered the series {series.serie!r} (id {series.id}).", file=out)
        _print_table(registered, None, out)


def _set_default(client: InvoiceXpressClient, arguments: argparse.Namespace, out: TextIO) -> None:
    client.sequences.set_default(arguments.id)
    print(f"The series with id {arguments.id} is now the account's default.", file=out)


def _confirm(kind: str, action: str, consequences: str, yes: bool) -> None:
    """Ask before a write that cannot be undone (`kind`: what cannot be, as "creating a series"; `action`: what
    this one does, as "create the series ..."); --yes has answered already."""
    if yes:
        return
    if not sys.stdin.isatty():
        raise Refused(
            f"{kind} cannot be undone, and there is no terminal to ask for confirmation: add --yes to {action}"
        )
    # Asked on stderr, so that what goes to stdout (--json) stays what a script reads.
    print(f"This will {action}. {consequences}", file=sys.stderr)
    print("Go ahead? [y/N] ", end="", file=sys.stderr, flush=True)
    answer = sys.stdin.readline()  # "" at the end of input: no
    if answer.strip().lower() not in ("y", "yes"):
        raise Refused("not confirmed: nothing was sent")


# --- Output ---------------------------------------------------------------------------------------------------


def _as_json(series: Series) -> dict[str, Any]:
    """The series as the service sent it, with what the table shows: whether it is the default and the next
    ATCUD of each type."""
    document = series.to_dict()
    document["is_default"] = is_default(series)
    document["next_atcud"] = {item.type.value: item.next_atcud for item in numberings(series)}
    return document


def _print_json(document: object, out: TextIO) -> None:
    """JSON, indented; a decimal written with its digits, as the service sent it."""
    import orjson  # here, not at import: only --json needs it

    def exact(value: object) -> object:
        if isinstance(value, Decimal):
            return orjson.Fragment(format(value, "f"))
        raise TypeError(f"{type(value).__name__} is not JSON")

    print(orjson.dumps(document, default=exact, option=orjson.OPT_INDENT_2).decode(), file=out)


def _print_table(series: Sequence[Series], types: Sequence[DocumentType] | None, out: TextIO) -> None:
    """One row per series and document type relevant for ATCUD (or per type asked for)."""
    shown = list(types) if types else [member for member in DocumentType if member.relevant_for_atcud]
    rows = [("SERIES", "ID", "DEFAULT", "TYPE", "LAST", "SEQUENCE_ID", "CODE", "NEXT ATCUD")]
    for one in series:
        for index, member in enumerate(shown):
            item = numbering(one, member)
            head = (one.serie, str(one.id), "yes" if is_default(one) else "") if index == 0 else ("", "", "")
            rows.append((*head, member.value, str(item.last_number), str(item.sequence_id), item.validation_code,
                         item.next_atcud))  # fmt: skip
    widths = [max(len(row[column]) for row in rows) for column in range(len(rows[0]))]
    for row in rows:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip(), file=out)


# --- Every other resource: its reads, from the declarations -----------------------------------------------------


def _read(client: InvoiceXpressClient, arguments: argparse.Namespace, out: TextIO) -> None:
    """One of a resource's reads, with the arguments given; a table (or --json) of what it answered."""
    method = getattr(getattr(client, arguments.resource), arguments.method)
    positional = [getattr(arguments, name) for name in arguments.positional]
    options = {name: getattr(arguments, name) for name in arguments.options}
    if getattr(arguments, "output", None) is not None:
        _download(client, arguments, positional, options, out)
        return
    if arguments.confirm is not None:
        kind, consequences = arguments.confirm
        given = ", ".join(f"{name} {value}" for name, value in zip(arguments.positional, positional, strict=True))
        _confirm(kind, f"{arguments.title[:1].lower()}{arguments.title[1:]} ({given}) in the account at"
                       f" {client.base_url.host}", consequences, arguments.yes)  # fmt: skip
    answer = method(*positional, **options)
    if isinstance(answer, str):  # an address
        print(answer, file=out)
    elif isinstance(answer, list):  # a list answered whole
        if arguments.json:
            _print_json([entry.to_dict() for entry in answer], out)
        else:
            _print_rows(arguments.summary, [[_cell(_field(entry, name)) for name in arguments.summary]
                                            for entry in answer], out)  # fmt: skip
    elif isinstance(answer, Page):
        entries = list(answer.auto_paging_iter() if arguments.all else answer)
        if arguments.json:
            _print_json([entry.to_dict() for entry in entries], out)
        else:
            _print_rows(arguments.summary, [[_cell(_field(entry, name)) for name in arguments.summary]
                                            for entry in entries], out)  # fmt: skip
    elif arguments.json:
        _print_json(answer.to_dict(), out)
    else:
        _print_rows(("FIELD", "VALUE"), [[name, _cell(value)] for name, value in answer.to_dict().items()], out)


def _download(
    client: InvoiceXpressClient, arguments: argparse.Namespace, positional: list[Any], options: dict[str, Any],
    out: TextIO,
) -> None:  # fmt: skip
    """The file a read gives the address of, waited for and written to --output: an existing file is kept
    unless --force (nothing is asked of the service then)."""
    target = arguments.output
    if os.path.exists(target) and not arguments.force:
        raise Refused(f"{target} exists: add --force to replace it (nothing was fetched)")
    content = getattr(getattr(client, arguments.resource), arguments.download)(*positional, **options)
    try:
        with open(target, "wb") as file:
            file.write(content)
    except OSError as exc:
        raise Refused(f"cannot write {target}: {exc.strerror or exc}") from None
    print(f"Saved {len(content)} bytes to {target}.", file=out)


def _field(entry: object, name: str) -> object:
    """An entry's field by its name in the contract (`type` is the model's `type_`)."""
    return getattr(entry, name, getattr(entry, f"{name}_", None))


def _cell(value: object) -> str:
    if value is None or isinstance(value, Unset):
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dict):  # a nested object (a document's client): its fields, those with a value
        fields = [f"{key}: {_cell(item)}" if not isinstance(item, dict) else f"{key}: ({_cell(item)})"
                  for key, item in value.items() if _cell(item)]  # fmt: skip
        return ", ".join(fields)
    if isinstance(value, list):  # a document's lines: each, in turn
        return "; ".join(_cell(item) for item in value)
    if hasattr(value, "to_dict"):
        return _cell(value.to_dict())
    return str(value)


def _print_rows(header: Sequence[str], rows: list[list[str]], out: TextIO) -> None:
    table = [[name.upper() for name in header], *rows]
    widths = [max(len(row[column]) for row in table) for column in range(len(header))]
    for row in table:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip(), file=out)


def _resource_class(module: str, name: str) -> type[SyncResource]:
    """A sync resource class of a tag's module (imported now: its methods' signatures make the commands)."""
    found = getattr(importlib.import_module(f"{__package__}.api.{module}"), name)
    assert isinstance(found, type)
    assert issubclass(found, SyncResource)
    return found


def _argument_type(annotation: Any) -> Callable[[str], Any]:
    """What a command-line argument is read as, from the method's annotation (`int | None` is an int, a
    `datetime.date` a day; a list's, each of its values)."""
    kinds = typing.get_args(annotation) if isinstance(annotation, types.UnionType) else (annotation,)
    kind = next((kind for kind in kinds if kind is not type(None)), str)
    if typing.get_origin(kind) is list:
        return _argument_type(typing.get_args(kind)[0])
    if kind is int:
        return _whole_number
    if kind is datetime.date:
        return _day
    return _text


def _flag(annotation: Any) -> bool:
    """Whether an option is a flag (`bool | None`)."""
    kinds = typing.get_args(annotation) if isinstance(annotation, types.UnionType) else (annotation,)
    return bool in kinds


def _many(annotation: Any) -> bool:
    """Whether an option is given once per value (`--statuses final --statuses settled`): a list argument."""
    kinds = typing.get_args(annotation) if isinstance(annotation, types.UnionType) else (annotation,)
    return any(typing.get_origin(kind) is list for kind in kinds)


def _day(text: str) -> datetime.date:
    """A day as a user types it: yyyy-mm-dd, or dd/mm/yyyy as InvoiceXpress writes it."""
    for layout in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.datetime.strptime(text, layout).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(f"{text!r} is not a day (yyyy-mm-dd, or dd/mm/yyyy)")


def _whole_number(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None


def _arguments_said(docstring: str) -> dict[str, str]:
    """What a method's docstring says of each argument (its `Args:` section: `name (type): what it is`, maybe
    over several lines), as a help line: without the type, the capital, the final stop or code marks."""
    said: dict[str, str] = {}
    section = docstring.partition("\nArgs:\n")[2].partition("\n\n")[0]
    for line in section.splitlines():
        if not line.startswith("        ") and ": " in line:
            name, _, text = line.strip().partition(": ")
            name = name.split(" (")[0]
            said[name] = text
        elif said:
            said[name] += " " + line.strip()
    # (argparse fills a help's %-fields: a literal % is written %%.)
    return {
        name: (text[:1].lower() + text[1:]).rstrip(".").replace("`", "").replace("%", "%%")
        for name, text in said.items()
    }


def _add_reads(
    resources: "argparse._SubParsersAction[_Parser]",
    tag: str,
    module: str,
    name: str,
    reads: dict[str, tuple[str, ...]],
) -> None:
    """A resource's commands: its reads (a read giving a file's address also downloads it, `--output`), and
    the writes the contract offers (`x-confirm`), which say what they will do and ask first."""
    writes, downloads = CONFIRMED.get(module, {}), DOWNLOADS.get(module, {})  # by tag: each type's, its family's
    resource = _resource_class(module, name)
    summary = (inspect.getdoc(resource) or tag).split(". ")[0].split("\n")[0].rstrip(".")
    sub = resources.add_parser(tag, help=summary[:1].lower() + summary[1:], description=f"{summary}.")
    commands = sub.add_subparsers(dest="command", required=True, metavar="COMMAND", parser_class=_Parser)
    for name, fields in {**reads, **{write: () for write in writes}}.items():
        method = getattr(resource, name)
        confirm = writes.get(name)
        help = title = (inspect.getdoc(method) or name).splitlines()[0]
        command = commands.add_parser(
            name.replace("_", "-"), help=help[:1].lower() + help[1:], description=help, formatter_class=_Wide
        )
        positional: list[str] = []
        options: list[str] = []
        said = _arguments_said(inspect.getdoc(method) or "")
        for parameter in list(inspect.signature(method).parameters.values())[1:]:
            if parameter.name == "timeout":  # the program's --timeout
                continue
            reader = _argument_type(parameter.annotation)
            in_path = parameter.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
            help = said.get(parameter.name, f"the {parameter.name.replace('_', ' ')}")
            if in_path or (parameter.default is inspect.Parameter.empty and confirm is None):  # positional
                command.add_argument(parameter.name, type=reader, help=help)
                (positional if in_path else options).append(parameter.name)
            elif parameter.default is inspect.Parameter.empty:  # a write's: named, as what it says matters
                command.add_argument(f"--{parameter.name.replace('_', '-')}", dest=parameter.name, type=reader,
                                     help=help, required=True)  # fmt: skip
                options.append(parameter.name)
            elif _flag(parameter.annotation):  # `--second-copy`: sent as true when given, else not at all
                command.add_argument(f"--{parameter.name.replace('_', '-')}", dest=parameter.name,
                                     action="store_const", const=True, default=None, help=help)  # fmt: skip
                options.append(parameter.name)
            else:
                command.add_argument(
                    f"--{parameter.name.replace('_', '-')}", dest=parameter.name, type=reader, help=help,
                    action="append" if _many(parameter.annotation) else "store",
                    metavar="DAY" if reader is _day else None,
                )  # fmt: skip
                options.append(parameter.name)
        listing = typing.get_origin(inspect.signature(method).return_annotation) is Page
        if listing and "page" in options:
            command.add_argument("--all", action="store_true", help="every page, not only the one asked for")
        if name in downloads:
            command.add_argument("--output", metavar="FILE", help="wait for the file and save it there")
            command.add_argument("--force", action="store_true", help="replace --output's file if it exists")
        if confirm is not None:
            command.add_argument("--yes", action="store_true", help="do not ask for confirmation")
        command.add_argument("--json", action="store_true", help="print JSON: every field, money with its digits")
        command.set_defaults(run=_read, resource=tag, method=name, positional=positional, options=options,
                             summary=fields, all=False, confirm=confirm, title=title, download=downloads.get(name),
                             yes=False, output=None)  # fmt: skip
    for name, (event, consequences) in CONFIRMED_STEPS.get(module, {}).items():
        if hasattr(resource, name):
            _add_change(commands, tag, resource, name, event, consequences, reads.get("list", ()))


def _add_change(
    commands: "argparse._SubParsersAction[_Parser]",
    tag: str,
    resource: type[SyncResource],
    name: str,
    event: str,
    consequences: str,
    summary: tuple[str, ...],
) -> None:
    """A change of state that cannot be undone (`finalize`, `cancel`): a command that reads the document, says
    what it will do and asks first."""
    method = getattr(resource, name)
    help = (inspect.getdoc(method) or name).split(". ")[0].split(" `")[0].rstrip(".")
    command = commands.add_parser(name, help=help[:1].lower() + help[1:], description=f"{help}. {consequences}",
                                  formatter_class=_Wide)  # fmt: skip
    command.add_argument("id", type=_whole_number, help="the document's id")
    takes_message = "message" in inspect.signature(method).parameters
    if takes_message:
        command.add_argument("--message", type=_text, required=True, help="why (the service keeps it with it)")
    command.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    command.add_argument("--json", action="store_true", help="print JSON: every field, money with its digits")
    command.set_defaults(run=_change, resource=tag, method=name, event=event, consequences=consequences,
                         summary=summary, takes_message=takes_message)  # fmt: skip


def _change(client: InvoiceXpressClient, arguments: argparse.Namespace, out: TextIO) -> None:
    """Read the document, refuse a change its state does not take, ask, then change it and show it."""
    resource = getattr(client, arguments.resource)
    document = resource.get(arguments.id)
    try:
        checked_transition(arguments.method, type(resource)._ROW, document, arguments.event)
    except errors.InvalidArgument as error:  # the document's state, not the command line, is what refuses
        raise Refused(str(error)) from None
    shown = ", ".join(f"{field} {_cell(_field(document, field))}" for field in arguments.summary
                      if field != "id" and _cell(_field(document, field)))  # fmt: skip
    named = arguments.resource.replace("_", " ")
    _confirm(
        "this change of state",
        f"{arguments.method} the document {document.id} of {named} ({shown}) in the account at {client.base_url.host}",
        arguments.consequences,
        arguments.yes,
    )
    message = {"message": arguments.message} if arguments.takes_message else {}
    changed = getattr(resource, arguments.method)(document, **message)
    if arguments.json:
        _print_json(changed.to_dict(), out)
    else:
        _print_rows(("FIELD", "VALUE"), [[field, _cell(value)] for field, value in changed.to_dict().items()], out)


# --- Arguments ------------------------------------------------------------------------------------------------


class _Wide(argparse.HelpFormatter):
    """Help whose options' text starts on their own line, for option names as long as `--reference REFERENCE`."""

    def __init__(self, prog: str) -> None:
        super().__init__(prog, max_help_position=32)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        """One line and the usage, as argparse does, with the exit status of a usage error."""
        self.print_usage(sys.stderr)
        self.exit(USAGE, f"{self.prog}: error: {message}\n")


def _series_id(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a series id (a whole number)") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a series id (1 or more)")
    return value


def _document_type(text: str) -> DocumentType:
    try:
        return DocumentType(text)
    except ValueError:
        names = ", ".join(member.value for member in DocumentType)
        raise argparse.ArgumentTypeError(f"{text!r} is not a document type ({names})") from None


def _seconds(text: str) -> float:
    """--timeout's seconds, refused here in its terms (the client's refusal names its `timeout` argument)."""
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not 0 < value <= MAX_TIMEOUT:  # NaN included
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds above 0 and at most {MAX_TIMEOUT:.0f}")
    return value


def _text(text: str) -> str:
    """An argument sent as it is: undecodable bytes (which Python holds as lone surrogates) cannot be sent."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise argparse.ArgumentTypeError(f"{text!r} holds bytes that are not UTF-8 text") from None
    return text


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROGRAM,
        description="An InvoiceXpress account from a terminal: its document series and their ATCUD validation codes,"
        " what every other resource of the API can read, and the documents' changes of state that cannot be undone"
        " (finalize, cancel), asked for first.",
        epilog="The API key is read from INVOICEXPRESS_API_KEY.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--account", metavar="NAME", help="the account's name (default: INVOICEXPRESS_ACCOUNT_NAME)")
    parser.add_argument(
        "--base-url", metavar="URL", help="another address to send requests to (default: INVOICEXPRESS_BASE_URL)"
    )
    parser.add_argument(
        "--timeout",
        type=_seconds,
        metavar="SECONDS",
        help="the most each call may take, retries included (default: 60)",
    )
    parser.add_argument(
        "--strict",
        action="store_true",
        help="refuse an answer that breaks the contract in any way (by default, one that breaks it only in a"
        " value's format is shown, with a warning)",
    )
    resources = parser.add_subparsers(dest="resource", required=True, metavar="RESOURCE", parser_class=_Parser)
    _add_sequences(resources)
    for tag, (module, name, reads) in COMMANDS.items():
        if tag not in _OWN_COMMANDS:
            _add_reads(resources, tag, module, name, reads)
    return parser


# The resources whose commands are written here rather than made from the declarations.
_OWN_COMMANDS = ("sequences",)


def _add_sequences(resources: "argparse._SubParsersAction[_Parser]") -> None:
    sequences = resources.add_parser("sequences", help="document series", description="The account's series.")
    commands = sequences.add_subparsers(dest="command", required=True, metavar="COMMAND", parser_class=_Parser)

    def command(name: str, run: Callable[..., None], help: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help, description=help)
        sub.set_defaults(run=run)
        return sub

    def with_json(sub: argparse.ArgumentParser) -> None:
        sub.add_argument("--json", action="store_true", help="print JSON (the series as sent, with next_atcud)")

    def with_types(sub: argparse.ArgumentParser) -> None:
        sub.add_argument(
            "--type",
            type=_document_type,
            action="append",
            metavar="TYPE",
            help="show only this document type in the table (--json always has them all)",
        )

    listing = command("list", _list, "list the series, with the next ATCUD of each document type")
    with_json(listing)
    with_types(listing)
    getting = command("get", _get, "show one series")
    getting.add_argument("id", type=_series_id, help="the series' id")
    with_json(getting)
    with_types(getting)
    creating = command("create", _create, "create a series and register it with the Tax Authority (cannot be undone)")
    creating.add_argument("serie", type=_text, help="the series' name, e.g. 2027")
    creating.add_argument("--default", action="store_true", help="make it the account's default series")
    creating.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    with_json(creating)
    registering = command("register", _register, "register a series with the Tax Authority (cannot be undone)")
    registering.add_argument("id", type=_series_id, help="the series' id")
    registering.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    with_json(registering)
    defaulting = command("set-default", _set_default, "make a series the account's default")
    defaulting.add_argument("id", type=_series_id, help="the series' id")


def run() -> NoReturn:
    """The console script."""
    sys.exit(main())


__all__ = ["main", "run"]
