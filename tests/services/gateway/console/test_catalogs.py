"""Every text of the console in Vietnamese, Chinese and English: each message of the templates has
a translation in each catalog (English is the message itself), and each reason the audit chain's
verification gives has its translated name."""

import ast
import inspect

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

from services.gateway.audit import service as audit
from services.gateway.console.pages import HERE, LANGUAGES, catalog_path
from services.gateway.console.service import reason_key


def messages() -> set[str]:
    extracted = extract_from_dir(
        str(HERE / "templates"),
        method_map=[("**.html", "jinja2")],
        options_map={"**.html": {"extensions": "jinja2.ext.i18n", "trim_blocks": "true", "lstrip_blocks": "true"}},
    )
    return {message for _, _, message, _, _ in extracted}


@pytest.mark.parametrize("language", sorted(set(LANGUAGES) - {"en"}))
def test_every_message_is_translated_and_none_is_left_over(language: str) -> None:
    with catalog_path(language).open("rb") as po:
        catalog = read_po(po, locale=language)
    translated = {m.id: m.string for m in catalog if m.id}
    wanted = messages()
    assert len(wanted) > 90
    assert sorted(wanted - {k for k, v in translated.items() if v}) == []
    assert sorted(translated.keys() - wanted) == []
    assert not [m.id for m in catalog if m.id and m.fuzzy]


def test_every_reason_the_chain_verification_gives_has_a_name_on_the_page() -> None:
    """The reasons are read from audit.service's source, numbers in them stood in for by 7."""
    reasons = []
    for node in ast.walk(ast.parse(inspect.getsource(audit))):
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "problem" for t in node.targets):
            values = [node.value]
        elif isinstance(node, ast.Dict):
            values = [
                v
                for k, v in zip(node.keys, node.values, strict=True)
                if isinstance(k, ast.Constant) and k.value == "reason"
            ]
        else:
            continue
        for value in values:
            if isinstance(value, ast.JoinedStr):
                reasons.append("".join(str(p.value) if isinstance(p, ast.Constant) else "7" for p in value.values))
            elif isinstance(value, ast.Constant) and isinstance(value.value, str):
                reasons.append(value.value)
    assert len(reasons) == 5
    assert {reason: reason_key(reason) for reason in reasons if reason_key(reason) is None} == {}
