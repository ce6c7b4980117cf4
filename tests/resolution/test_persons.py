"""Person resolution: the name traps, and pairwise F1 on a generated set of name mentions."""

from __future__ import annotations

import itertools
import random
import unicodedata

from assets.extraction.mentions import find_mentions
from assets.places import default_gazetteer
from assets.resolution.persons import PersonIndex


def test_spelling_variants_of_one_person_are_one_entity() -> None:
    index = PersonIndex()
    first = index.resolve("Bonthieng Khounsy", "LA")
    assert index.resolve("Bounthieng Khounsy", "LA") == first
    assert index.resolve("BONTHIENG KHOUNSY", "LA") == first
    assert index.resolve("Nguyễn Văn Phong", "VN") == index.resolve("Nguyen Van Phong", "VN")
    assert index.resolve("Phít Sà May - Kong Xa Đệt", "LA") == index.resolve("Phít Sà May Kong Xa Đệt", "LA")


def test_a_different_order_of_the_same_tokens_is_another_person() -> None:
    index = PersonIndex()
    assert index.resolve("Nguyễn Anh Tuấn", "VN") != index.resolve("Nguyễn Tuấn Anh", "VN")
    assert index.resolve("Trần Thị Hà Vân", "VN") != index.resolve("Trần Hà Thị Vân", "VN")


def test_people_of_different_countries_are_never_merged() -> None:
    index = PersonIndex()
    assert index.resolve("Kim Sơn", "VN") != index.resolve("Kim Son", "KR")


def test_a_title_never_eats_a_surname() -> None:
    found = find_mentions("Trợ lý Bộ trưởng Lý Văn Sáu và ông Lý Thành Long dự.", default_gazetteer())
    assert {m.text for m in found if m.mention_type == "PERSON"} == {"Lý Văn Sáu", "Lý Thành Long"}


SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương", "Lý"]
MIDDLES = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Quốc", "Ngọc"]
GIVEN = ["Hòa", "Thủy", "Khoa", "Tuấn", "Anh", "Dũng", "Hằng", "Phong", "Tân", "Hải", "Long", "Quý", "Huyền"]
LAO = ["Bounthieng", "Khounsy", "Anouphap", "Tounalom", "Duangta", "Soulivong", "Viengthong", "Hatsachan",
       "Sonexay", "Siphandone", "Phankham", "Viphavanh", "Saleumxay", "Kommasith", "Thongsavanh", "Phommavong"]


def _variants(name: str, rng: random.Random) -> str:
    """How one person's name varies between articles: case, accents, tone placement, a Latin letter."""
    choice = rng.randrange(5)
    if choice == 0:
        return name.upper()
    if choice == 1:
        return "".join(c for c in unicodedata.normalize("NFD", name) if not unicodedata.combining(c)).replace(
            "Đ", "D").replace("đ", "d")
    if choice == 2:
        return name.replace("Hòa", "Hoà").replace("Thủy", "Thuỷ")
    if choice == 3 and name.isascii():
        tokens = name.split()
        word = tokens[0]
        cut = rng.randrange(1, len(word) - 1)
        tokens[0] = word[:cut] + word[cut + 1 :] if len(word) > 7 else word
        return " ".join(tokens)
    return name


def generated_mentions(seed: int = 7) -> list[tuple[str, str, str]]:
    """(identity, country, written name): ≥ 1,000 mentions of 300 people, reordered names included."""
    rng = random.Random(seed)
    people: dict[str, str] = {}
    while len(people) < 300:
        if rng.random() < 0.7:
            surname, middle, given = rng.choice(SURNAMES), rng.choice(MIDDLES), rng.choice(GIVEN)
            people.setdefault(f"{surname} {middle} {given}", "VN")
            if rng.random() < 0.2:  # the trap: the same tokens in another order is someone else
                people.setdefault(f"{surname} {given} {middle}", "VN")
        else:
            first, last = rng.sample(LAO, 2)
            people.setdefault(f"{first} {last}", "LA")
    mentions = []
    for name, country in people.items():
        for _ in range(rng.randint(3, 5)):
            mentions.append((name, country, _variants(name, rng)))
    rng.shuffle(mentions)
    return mentions


def pairwise_f1(mentions: list[tuple[str, str, str]]) -> float:
    index = PersonIndex()
    predicted = [index.resolve(written, country).entity_id for _, country, written in mentions]
    tp = fp = fn = 0
    for (a, b) in itertools.combinations(range(len(mentions)), 2):
        same_truth = mentions[a][0] == mentions[b][0]
        same_predicted = predicted[a] == predicted[b]
        tp += same_truth and same_predicted
        fp += same_predicted and not same_truth
        fn += same_truth and not same_predicted
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    return 2 * precision * recall / (precision + recall)


def test_generated_names_resolve_at_pairwise_f1_of_at_least_095() -> None:
    mentions = generated_mentions()
    assert len(mentions) >= 1000
    f1 = pairwise_f1(mentions)
    print(f"person resolution: {len(mentions)} mentions, pairwise F1 = {f1:.3f}")
    assert f1 >= 0.95


def test_two_spellings_in_apposition_are_one_person(tmp_path) -> None:
    from assets.cleaning.stage import update_clean_documents
    from assets.extraction.stage import update_mentions
    from assets.ingest.stage import update_raw_documents
    from assets.resolution.stage import PERSON_LINKS, update_entities
    from assets.settings import Settings
    from assets.tables import TableStore

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a.txt").write_text(
        "Tin hợp tác\n\nĐoàn đại biểu tỉnh Khăm Muộn do đồng chí Bounthieng Khounsy (Bun-thiêng Khun-xi), "
        "Chủ tịch Ủy ban Mặt trận Lào xây dựng đất nước tỉnh Khăm Muộn làm trưởng đoàn đã sang thăm tỉnh Hà Tĩnh.")
    settings = Settings(inbox=inbox, data_dir=tmp_path / "data")
    update_raw_documents(settings)
    update_clean_documents(settings)
    update_mentions(settings)
    update_entities(settings)
    links = TableStore(settings.tables_dir).read("person_links", PERSON_LINKS).to_pylist()
    assert len(links) == 2 and links[0]["entity_id"] == links[1]["entity_id"]
