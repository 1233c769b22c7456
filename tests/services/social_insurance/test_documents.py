"""The documents the social insurance agency hands people: the continuation notice, the benefit
decision and the public list, as signed PDFs in Vietnamese, Chinese and English."""

import io
from datetime import date

import httpx
import pytest
from pypdf import PdfReader

from services.social_insurance.notices import service
from shared.documents.rendering import embedded_content
from shared.documents.signing import DocumentKeys, Signer, content_digest
from shared.events.social_insurance import ContinuationNoticeIssued
from tests.services.social_insurance import builders
from tests.services.social_insurance.conftest import published
from tests.shared.documents.pdfs import assert_printable, text_of

PERSON = "079190001234"
LAST_DAY = date(2025, 6, 30)
KEY, NEXT_KEY = "document-key-" + "a" * 32, "document-key-" + "b" * 32


def _sign_with(client: httpx.AsyncClient, key: str, *previous: str) -> None:
    keys = DocumentKeys(document_signing_key=key, document_previous_keys=list(previous))
    client._transport.app.state.document_signer = Signer("social_insurance", keys)  # type: ignore[attr-defined]


async def _claimed(client: httpx.AsyncClient) -> tuple[int, int]:
    """Nguyễn Thị Lan laid off on 30 June 2025 after 48 months on 9,000,000: her notice and her claim."""
    await builders.import_contributions(client, builders.contribution_lines(PERSON, last_day=LAST_DAY, months=48))
    await builders.deliver(
        client,
        builders.termination(PERSON, last_working_day=LAST_DAY, full_name="Nguyễn Thị Lan"),
        builders.registration(PERSON),
    )
    (notice,) = await published(client, ContinuationNoticeIssued.event_type)
    claim = await client.post("/claims", json={"national_id": PERSON, "filed_on": "2025-07-07"})
    assert claim.status_code == 201, claim.text
    return notice.data["notice_id"], claim.json()["id"]


async def test_the_notice_and_the_decision_print_in_three_languages_and_their_codes_verify(
    client: httpx.AsyncClient,
) -> None:
    _sign_with(client, KEY)
    notice_id, claim_id = await _claimed(client)
    who = {"national_id": PERSON}
    expected = {
        "vi": (
            ["Thông báo tiếp tục tham gia bảo hiểm xã hội", "34.560.000 ₫", "ngày 30 tháng 6 năm 2025"],
            [
                "Quyết định về việc hưởng trợ cấp thất nghiệp",
                "5.400.000 ₫",
                "Thời gian đóng bảo hiểm thất nghiệp",
                "Đạt",
            ],
        ),
        "zh": (
            ["社会保险缴费接续通知书", "₫34,560,000", "2025年6月30日"],
            ["失业保险待遇核定决定书", "₫5,400,000", "缴费期限", "符合"],
        ),
        "en": (
            ["Notice of social-insurance continuation", "₫34,560,000", "June 30, 2025"],
            ["Decision on unemployment benefit", "₫5,400,000", "Contribution period", "passed"],
        ),
    }
    codes = []
    for language, (notice_texts, decision_texts) in expected.items():
        notice = await client.get(f"/continuation-notices/{notice_id}/notice.pdf", params={**who, "language": language})
        assert notice.status_code == 200 and notice.headers["content-type"] == "application/pdf"
        assert PdfReader(io.BytesIO(notice.content)).pdf_header == "%PDF-1.7"
        assert_printable(notice.content, f"continuation-notice-{language}", "Nguyễn Thị Lan", *notice_texts)
        decision = await client.get(f"/claims/{claim_id}/decision.pdf", params={**who, "language": language})
        assert decision.status_code == 200, decision.text
        text = assert_printable(
            decision.content,
            f"benefit-decision-{language}",
            "Nguyễn Thị Lan",
            "Law on Employment 2013 art. 49(2)",
            "24 of the last 24 months contributed; 12 needed",
            *decision_texts,
        )
        assert "health" not in text.lower()  # a printed decision cannot be minimised: it leaves health out
        for pdf in (notice.content, decision.content):
            content = embedded_content(pdf)
            assert content is not None and content["verification_code"] in text_of(pdf)
            codes.append((content["verification_code"], content))

    again = await client.get(f"/continuation-notices/{notice_id}/notice.pdf", params={**who, "language": "vi"})
    assert embedded_content(again.content)["verification_code"] == codes[0][0]  # same content, same code

    code, content = codes[1]
    verified = (await client.get(f"/issued-documents/{code}")).json()
    assert verified == {
        "genuine": True,
        "verdict": "issued by us",
        "kind": "benefit_decision",
        "issued_on": content["issued_on"],
        "reference": content["reference"],
    }
    signed = {k: content[k] for k in ("kind", "reference", "issued_on", "language", "content")}
    digest = content_digest(signed)
    assert (await client.get(f"/issued-documents/{code}", params={"content_sha256": digest})).json()["genuine"]
    tampered = {**signed, "content": {**signed["content"], "full_name": "Someone Else"}}
    not_ours = {"genuine": False, "verdict": "not issued by us", "kind": None, "issued_on": None, "reference": None}
    for answer in (
        await client.get(f"/issued-documents/{code}", params={"content_sha256": content_digest(tampered)}),
        await client.get(f"/issued-documents/{code[:-1]}{'A' if code[-1] != 'A' else 'B'}"),
        await client.get("/issued-documents/SI-0000-AAAAA-AAAAA-AAAAA-AAAAA"),
        await client.get("/issued-documents/anything"),
    ):
        assert answer.status_code == 200 and answer.json() == not_ours

    _sign_with(client, NEXT_KEY, KEY)  # the key rotated: what the old key signed still verifies
    assert (await client.get(f"/issued-documents/{code}")).json()["genuine"]
    _sign_with(client, NEXT_KEY)  # the old key removed: its documents no longer verify
    assert not (await client.get(f"/issued-documents/{code}")).json()["genuine"]


async def test_a_document_is_only_for_the_person_it_names(client: httpx.AsyncClient) -> None:
    _sign_with(client, KEY)
    notice_id, claim_id = await _claimed(client)
    someone_else = {"national_id": "001190000001"}
    assert (await client.get(f"/continuation-notices/{notice_id}/notice.pdf", params=someone_else)).status_code == 404
    assert (await client.get(f"/claims/{claim_id}/decision.pdf", params=someone_else)).status_code == 404
    assert (await client.get(f"/claims/{claim_id}/decision.pdf")).status_code == 422


async def test_the_public_list_masks_every_id_and_joins_its_chunks(
    client: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    _sign_with(client, KEY)
    people = {"079190001234": "Nguyễn Thị Lan", "079190005678": "Lê Văn Bình"}
    for person, name in people.items():
        await builders.import_contributions(
            client, builders.contribution_lines(person, last_day=LAST_DAY, months=24, salary=10_000_000)
        )
        await builders.deliver(
            client,
            builders.termination(person, last_working_day=LAST_DAY, full_name=name),
            builders.registration(person, district="Quận 10", full_name=name),
        )
        assert (await client.post("/claims", json={"national_id": person, "filed_on": "2025-07-07"})).json()["eligible"]
    monkeypatch.setattr(service, "PUBLIC_NOTICE_CHUNK", 1)  # one recipient a chunk: the joining is exercised
    for language, title in (
        ("vi", "Danh sách công khai người hưởng trợ cấp thất nghiệp"),
        ("zh", "失业保险金领取人员公示名单"),
    ):
        response = await client.get("/public-notices/Quận 10/list.pdf", params={"language": language})
        assert response.status_code == 200 and response.headers["content-type"] == "application/pdf"
        text = assert_printable(
            response.content, f"public-notice-{language}", title, *people.values(), "0791******34", "0791******78"
        )
        assert all(person not in "".join(text.split()) for person in people)
        assert len(PdfReader(io.BytesIO(response.content)).pages) == 3
        content = embedded_content(response.content)
        assert content is not None and content["content"]["recipients"] == 2
        verified = (await client.get(f"/issued-documents/{content['verification_code']}")).json()
        assert (verified["genuine"], verified["kind"]) == (True, "public_notice")
    vi = text_of((await client.get("/public-notices/Quận 10/list.pdf", params={"language": "vi"})).content)
    assert "6.000.000 ₫" in vi and "ngày 22 tháng 7 năm 2025" in vi
