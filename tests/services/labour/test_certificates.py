"""The employer's certificate of termination (China, Labour Contract Law art. 50): a signed PDF in
Chinese, Vietnamese and English for the worker it names, whose code verifies."""

import httpx

from shared.documents.rendering import embedded_content
from shared.documents.signing import DocumentKeys, Signer
from tests.services.labour import builders
from tests.shared.documents.pdfs import assert_printable

KEY = "document-key-" + "d" * 32


async def test_a_chinese_termination_certificate_prints_in_three_languages_and_verifies(
    client: httpx.AsyncClient,
) -> None:
    client._transport.app.state.document_signer = Signer("labour", DocumentKeys(document_signing_key=KEY))  # type: ignore[attr-defined]
    case = await builders.employment(client, jurisdiction="CN", start="2019-04-15")
    worker = case["worker"]["national_id"]
    termination = await client.post(
        "/terminations",
        json={**builders.closure_report(case), "reason": "contract_expiry", "last_working_day": "2026-02-27"},
    )
    assert termination.status_code == 201, termination.text
    path = f"/terminations/{termination.json()['id']}/certificate.pdf"
    expected = {
        "zh": ["解除（终止）劳动关系证明书", "2019年4月15日", "2026年2月27日", "6年10个月", "劳动合同期满终止"],
        "vi": ["Giấy chứng nhận chấm dứt quan hệ lao động", "ngày 27 tháng 2 năm 2026", "Hết hạn hợp đồng"],
        "en": ["Certificate of termination of the labour relationship", "February 27, 2026", "6 years 10 months"],
    }
    for language, texts in expected.items():
        pdf = await client.get(path, params={"national_id": worker, "language": language})
        assert pdf.status_code == 200, pdf.text
        assert_printable(pdf.content, f"termination-certificate-{language}", "Nguyễn Thị Lan", worker, *texts)
    code = embedded_content(pdf.content)["verification_code"]  # type: ignore[index]
    verified = (await client.get(f"/issued-documents/{code}")).json()
    assert (verified["genuine"], verified["kind"], verified["issued_on"]) == (
        True,
        "termination_certificate",
        "2026-03-02",
    )
    assert (await client.get(path, params={"national_id": "110101199001010011"})).status_code == 404

    vietnamese = await builders.employment(client, jurisdiction="VN")
    ended = await client.post("/terminations", json=builders.closure_report(vietnamese))
    refused = await client.get(
        f"/terminations/{ended.json()['id']}/certificate.pdf",
        params={"national_id": vietnamese["worker"]["national_id"]},
    )
    assert refused.status_code == 422 and refused.json()["field"] == "termination_id"
