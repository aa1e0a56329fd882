"""A believable account to start from: series in every state of registration, the mainland's and the islands'
VAT rates, a catalogue and clients enough for two pages of each list."""

import random
from collections.abc import Callable
from datetime import datetime, timedelta
from decimal import Decimal

from .domain import documents
from .domain.account import Account, TaxSituation
from .domain.clients import Contact, add_client
from .domain.document_types import KINDS
from .domain.items import ItemTax, add_item
from .domain.series import ATCUD_TYPES, NOT_APPLICABLE, add_series, registered_codes
from .domain.taxes import add_tax
from .rules.clients import NewClient
from .rules.documents import NewDocument, NewLine, StateChange

# (name, rate, region, code): the default first.
TAXES = [
    ("IVA23", "23.0", "PT", "NOR"),
    ("IVA13", "13.0", "PT", "INT"),
    ("IVA6", "6.0", "PT", "RED"),
    ("IVA22", "22.0", "PT-MA", "NOR"),
    ("IVA16", "16.0", "PT-AC", "NOR"),
    ("Isento", "0.0", None, "ISE"),
]
# (name, description, unit price, unit, tax)
ITEMS = [
    ("Pão de forma", "Pão de forma 500 g", "1.6981", "unit", "IVA6"),
    ("Broa de milho", "Broa de milho 750 g", "2.3585", "unit", "IVA6"),
    ("Pastel de nata", "Pastel de nata", "0.9434", "unit", "IVA13"),
    ("Bolo-rei", "Bolo-rei 1 kg", "14.1509", "unit", "IVA13"),
    ("Café", "Café expresso", "0.6504", "unit", "IVA13"),
    ("Galão", "Galão", "1.1382", "unit", "IVA13"),
    ("Sumo de laranja", "Sumo de laranja natural 25 cl", "2.4390", "unit", "IVA23"),
    ("Água 50 cl", "Água mineral 50 cl", "0.7547", "unit", "IVA6"),
    ("Entrega", "Entrega ao domicílio", "3.2520", "service", "IVA23"),
    ("Consultoria", "Consultoria técnica (hora)", "45.5", "hour", "IVA23"),
    ("Formação", "Formação em grupo (dia)", "650", "day", "Isento"),
    ("Manutenção mensal", "Manutenção do equipamento (mês)", "120", "month", "IVA23"),
    ("Instalação", "Instalação e configuração", "250", "service", "IVA23"),
    ("Licença anual", "Licença de software (ano)", "480", "unit", "IVA23"),
    ("Deslocação", "Deslocação (km)", "0.36", "unit", "IVA23"),
    ("Caixa de cartão", "Caixa de cartão para bolos", "0.4065", "unit", "IVA23"),
    ("Saco de papel", "Saco de papel kraft", "0.1220", "unit", "IVA23"),
    ("Queijo da Serra", "Queijo da Serra DOP 1 kg", "23.5849", "unit", "IVA6"),
    ("Azeite", "Azeite virgem extra 75 cl", "7.9245", "unit", "IVA6"),
    ("Vinho tinto", "Vinho tinto Douro 75 cl", "8.1301", "unit", "IVA23"),
    ("Bolo de aniversário", "Bolo de aniversário por encomenda", "28.3019", "unit", "IVA13"),
    ("Catering", "Serviço de catering (pessoa)", "18.6992", "service", "IVA13"),
    ("Aluguer de sala", "Aluguer de sala (hora)", "35", "hour", "IVA23"),
    ("Limpeza", "Limpeza do espaço", "60", "service", "IVA23"),
]
# (name, code, city, postal code): companies in Portugal, each given a valid NIF.
CLIENTS = [
    ("Padaria Central, Lda.", "C0042", "Lisboa", "1100-053"),
    ("Café Aurora, Unipessoal Lda.", "C0043", "Porto", "4000-322"),
    ("Mercearia Ribeiro & Filhos", "C0044", "Braga", "4700-436"),
    ("Hotel Miramar, S.A.", "C0045", "Faro", "8000-138"),
    ("Restaurante O Pescador", "C0046", "Peniche", "2520-227"),
    ("Clínica Dentária Sorriso", "C0047", "Coimbra", "3000-150"),
    ("Escola de Línguas Babel", "C0048", "Aveiro", "3800-200"),
    ("Oficina Auto Lusitânia", "C0049", "Setúbal", "2900-064"),
    ("Livraria Pessoa", "C0050", "Lisboa", "1200-195"),
    ("Farmácia Moderna", "C0051", "Viseu", "3500-041"),
    ("Construções Tejo, Lda.", "C0052", "Santarém", "2000-076"),
    ("Quinta do Vale Verde", "C0053", "Régua", "5050-237"),
    ("Ginásio Forma", "C0054", "Matosinhos", "4450-208"),
    ("Atelier de Arquitetura Luz", "C0055", "Lisboa", "1250-096"),
    ("Transportes Rápidos do Norte", "C0056", "Guimarães", "4800-153"),
    ("Florista Primavera", "C0057", "Évora", "7000-505"),
    ("Tipografia Gutenberg", "C0058", "Leiria", "2400-137"),
    ("Pastelaria Doce Lar", "C0059", "Funchal", "9000-064"),
    ("Supermercado Bom Preço", "C0060", "Ponta Delgada", "9500-150"),
    ("Agência de Viagens Horizonte", "C0061", "Cascais", "2750-310"),
]


def nif(rng: random.Random, first_digit: int = 5) -> str:
    """A valid Portuguese tax number (a company's starts with 5), its check digit computed."""
    digits = [first_digit, *(rng.randrange(10) for _ in range(7))]
    total = sum(digit * weight for digit, weight in zip(digits, range(9, 1, -1), strict=True))
    check = 11 - total % 11
    return "".join(map(str, digits)) + str(0 if check >= 10 else check)


# The documents of the default series (its invoices numbered 127 and 128, its credit note 3, as the series'
# numbers say once they are finalized), and a draft: (type, client code, days ago, lines (item, quantity), state
# events, reference).
DOCUMENTS = [
    ("invoice", "C0043", 20, [("Pão de forma", "40"), ("Café", "200")], ["finalized"], "PO-2026-101"),
    ("invoice", "C0045", 12, [("Catering", "35"), ("Aluguer de sala", "4")], ["finalized", "settled"], None),
    ("credit_note", "C0043", 6, [("Pão de forma", "5")], ["finalized"], "PO-2026-101"),
    ("invoice", "C0042", 0, [("Bolo-rei", "3"), ("Entrega", "1")], [], "Encomenda 88"),
]


def _line(item: tuple[str, str, str, str, str], quantity: str) -> NewLine:
    """A line of a catalogue item, at its price and tax (so that the catalogue stays as it is)."""
    name, description, price, unit, tax = item
    return NewLine(name, description, Decimal(price), Decimal(quantity), Decimal(0), unit, tax)


def seed_documents(account: Account) -> None:
    """DOCUMENTS, made as a client would: created as drafts in the default series, then finalized, dated by the
    account's clock. A credit note corrects the first invoice."""
    catalogue = {item[0]: item for item in ITEMS}
    today = account.clock().date()
    first_invoice: int | None = None
    for doc_type, code, days_ago, lines, events, reference in DOCUMENTS:
        client = next(client for client in account.clients.values() if client.code == code)
        day = today - timedelta(days=days_ago)
        new = NewDocument(
            date=day,
            due_date=day + timedelta(days=client.payment_days),
            client=NewClient(client.name, {"code": code}),
            lines=tuple(_line(catalogue[name], quantity) for name, quantity in lines),
            reference=reference,
            owner_invoice_id=first_invoice if doc_type == "credit_note" else None,
        )
        document = documents.create(account, KINDS[doc_type], new)
        first_invoice = first_invoice or document.id
        for event in events:
            documents.change_state(account, KINDS[doc_type], document.id, StateChange(event, None))


def seeded_account(
    api_key: str,
    *,
    seed: int = 2026,
    tax_situation: TaxSituation = "ready",
    page_size: int = 20,
    clock: Callable[[], datetime] | None = None,
) -> Account:
    """An account in a realistic state: an old series never registered, a registered one, the default one in use,
    and a "Partial" registration (outside Portugal nothing is registered: every code is N/A); six VAT rates, the
    mainland's normal one the default; 24 items and 22 clients, more than one page of each; two final invoices,
    a credit note and a draft (DOCUMENTS), dated by `clock` (the account's; the time now unless given)."""
    account = Account(api_key=api_key, seed=seed, tax_situation=tax_situation, page_size=page_size)
    if clock is not None:
        account.clock = clock

    def codes(doc_types: tuple[str, ...] = ATCUD_TYPES) -> dict[str, str]:
        if not account.portuguese:
            return dict.fromkeys(ATCUD_TYPES, NOT_APPLICABLE)
        return registered_codes(account.rng, doc_types)

    # The oldest series, in use before registration became mandatory (2023) and never registered.
    add_series(account, "2022", codes=codes(()), numbers={"invoice": 957, "invoice_receipt": 210, "receipt": 655})
    add_series(
        account,
        "2025",
        codes=codes(),
        numbers={"invoice": 412, "invoice_receipt": 97, "credit_note": 14, "receipt": 380, "shipping": 61},
    )
    add_series(
        account,
        "2026",
        default=True,
        codes=codes(),
        # Its last invoices and credit note are among DOCUMENTS, which take invoices 127, 128 and credit note 3.
        numbers={"invoice": 126, "invoice_receipt": 31, "simplified_invoice": 7, "credit_note": 2, "quote": 12},
    )
    # A registration the AT accepted for some types only ("Partial"): the rest stay N/D.
    add_series(account, "LOJA", codes=codes(("invoice", "simplified_invoice", "credit_note")))

    for index, (name, value, region, code) in enumerate(TAXES):
        add_tax(account, name, Decimal(value), region=region, code=code, default=index == 0)
    rates = {name: Decimal(value) for name, value, _, _ in TAXES}
    for name, description, price, unit, tax in ITEMS:
        add_item(account, name, description, Decimal(price), unit=unit, tax=ItemTax(tax, rates[tax]))

    for name, code, city, postal_code in CLIENTS:
        slug = code.lower()
        add_client(
            account,
            name,
            code=code,
            email=f"faturas.{slug}@example.pt",
            fiscal_id=nif(account.rng),
            city=city,
            postal_code=postal_code,
            country="Portugal",
            language="pt",
            payment_days=account.rng.choice((0, 15, 30, 60)),
            preferred_contact=Contact(name="Contabilidade", email=f"contabilidade.{slug}@example.pt"),
        )
    add_client(account, "Consumidor final", code="CF", fiscal_id="999999990", country="Portugal")
    add_client(
        account, "Distribuciones Ibéricas, S.L.", code="E0001", fiscal_id="B12345674", country="Spain", language="es"
    )
    seed_documents(account)
    return account
