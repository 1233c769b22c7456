"""Documents through the gateway: a partner fetches a person's PDF with the same scope, purpose and
audit as the JSON; anyone holding a document checks its code without credentials and learns only
whether it is genuine, its kind, date and reference; a person prints their own access log."""

import io
import json
from datetime import date

import httpx
from pypdf import PdfReader, PdfWriter

from shared.documents.rendering import ATTACHMENT, embedded_content
from shared.documents.signing import DocumentKeys, Signer
from tests.services.gateway.conftest import System
from tests.services.social_insurance import builders
from tests.shared.documents.pdfs import assert_printable

PERSON = "079190001234"
PURPOSE = {"X-Purpose": "appeal 2026/31"}
KEY = "document-key-" + "c" * 32


def _signing(*clients: httpx.AsyncClient) -> None:
    for client, service in zip(clients, ("social_insurance", "gateway"), strict=True):
        client._transport.app.state.document_signer = Signer(service, DocumentKeys(document_signing_key=KEY))  # type: ignore[attr-defined]


async def _decided_claim(system: System) -> int:
    si = system.social_insurance
    await builders.import_contributions(si, builders.contribution_lines(PERSON, last_day=date(2025, 6, 30), months=30))
    await builders.deliver(
        si,
        builders.termination(PERSON, last_working_day=date(2025, 6, 30), full_name="Trần Văn Hùng"),
        builders.registration(PERSON, full_name="Trần Văn Hùng"),
    )
    claim = await si.post("/claims", json={"national_id": PERSON, "filed_on": "2025-07-07"})
    assert claim.status_code == 201, claim.text
    return claim.json()["id"]


def _changed(pdf: bytes) -> bytes:
    """The PDF with the attached content's name changed, the rest as it was."""
    reader = PdfReader(io.BytesIO(pdf))
    content = json.loads(reader.attachments[ATTACHMENT][0])
    content["content"]["full_name"] = "Someone Else"
    writer = PdfWriter()  # the same pages, and the changed content attached instead of the signed one
    for page in reader.pages:
        writer.add_page(page)
    writer.add_attachment(ATTACHMENT, json.dumps(content).encode())
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


async def test_a_partner_fetches_a_decision_pdf_audited_and_anyone_verifies_it(system: System) -> None:
    _signing(system.social_insurance, system.gateway)
    claim_id = await _decided_claim(system)
    finance = await system.client("claims:read", kind="finance", agency="VN-MOF")
    path = f"/v1/claims/{claim_id}/decision.pdf"
    asked = {"national_id": PERSON, "language": "zh"}
    pdf = await system.gateway.get(path, params=asked, headers={"X-API-Key": finance, **PURPOSE})
    assert pdf.status_code == 200 and pdf.headers["content-type"] == "application/pdf"
    assert_printable(pdf.content, "gateway-benefit-decision-zh", "Trần Văn Hùng", "失业保险待遇核定决定书", "缴费期限")
    # The same doors as the JSON: the scope, the purpose, and a document for one named person.
    unscoped = await system.client("benefits:read", kind="finance", agency="VN-MOF", client_id="benefits-only")
    assert (await system.gateway.get(path, params=asked, headers={"X-API-Key": unscoped, **PURPOSE})).status_code == 403
    assert (await system.gateway.get(path, params=asked, headers={"X-API-Key": finance})).status_code == 422
    unnamed = await system.gateway.get(path, params={"language": "zh"}, headers={"X-API-Key": finance, **PURPOSE})
    assert unnamed.status_code == 422
    auditor = await system.client("audit:read", client_id="auditor")
    entries = (
        await system.gateway.get("/v1/audit/entries", params={"national_id": PERSON}, headers={"X-API-Key": auditor})
    ).json()
    assert [(e["client_id"], e["categories"], e["action"], e["outcome"]) for e in entries][:2] == [
        (entries[0]["client_id"], ["claims"], f"GET {path}", 200),
        ("benefits-only", ["claims"], f"GET {path}", 403),  # refused for want of the scope, and audited
    ]

    attached = embedded_content(pdf.content)
    assert attached is not None
    code = attached["verification_code"]
    checked = await system.gateway.get(f"/v1/documents/verify/{code}")  # no credentials
    assert checked.status_code == 200 and checked.json() == {
        "genuine": True,
        "verdict": "issued by us",
        "kind": "benefit_decision",
        "issued_on": attached["issued_on"],
        "reference": attached["reference"],
        "issuer": "social_insurance",
    }
    assert PERSON not in checked.text and "Trần" not in checked.text
    uploaded = await system.gateway.post(
        "/v1/documents/verify", content=pdf.content, headers={"content-type": "application/pdf"}
    )
    assert uploaded.json()["genuine"] is True
    not_ours = {"genuine": False, "verdict": "not issued by us", "kind": None, "issued_on": None, "reference": None}
    for answer in (
        await system.gateway.post(
            "/v1/documents/verify", content=_changed(pdf.content), headers={"content-type": "application/pdf"}
        ),
        await system.gateway.post(
            "/v1/documents/verify", content=b"%PDF-1.7 not ours", headers={"content-type": "application/pdf"}
        ),
        await system.gateway.get("/v1/documents/verify/SI-0000-AAAAA-AAAAA-AAAAA-AAAAA"),
        await system.gateway.get("/v1/documents/verify/LB-0000-AAAAA-AAAAA-AAAAA-AAAAA"),
        await system.gateway.get("/v1/documents/verify/not-a-code"),
    ):
        assert answer.status_code == 200 and answer.json() == {**not_ours, "issuer": None}


async def test_a_person_prints_who_looked_at_their_data(system: System) -> None:
    _signing(system.social_insurance, system.gateway)
    claim_id = await _decided_claim(system)
    finance = await system.client("claims:read", kind="finance", agency="VN-MOF")
    await system.gateway.get(f"/v1/claims/{claim_id}", headers={"X-API-Key": finance, **PURPOSE})
    portal = await system.client("persons:authenticate", client_id="citizen-portal", credential="client_secret")
    token = (
        await system.gateway.post(
            "/v1/oauth/token",
            data={
                "grant_type": "urn:labourlink:grant-type:person",
                "client_id": "citizen-portal",
                "client_secret": portal,
                "national_id": PERSON,
            },
        )
    ).json()["access_token"]
    pdf = await system.gateway.get(
        "/v1/me/access-log.pdf", params={"language": "vi"}, headers={"Authorization": f"Bearer {token}"}
    )
    assert pdf.status_code == 200, pdf.text
    assert_printable(pdf.content, "access-log-vi", "Nhật ký truy cập dữ liệu cá nhân", "VN-MOF", PURPOSE["X-Purpose"])
    code = embedded_content(pdf.content)["verification_code"]  # type: ignore[index]
    verified = (await system.gateway.get(f"/v1/documents/verify/{code}")).json()
    assert (verified["genuine"], verified["kind"], verified["issuer"]) == (True, "access_log", "gateway")
    assert (await system.gateway.get("/v1/me/access-log.pdf", headers={"X-API-Key": finance})).status_code == 403
