"""Events from sentences written for these tests: other provinces and partners (Lao, Cambodian,
Chinese, Korean, Japanese), every date and number form, and the negatives that must stay silent."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extraction.helpers import events_of, none_of, one

# --- VISIT ------------------------------------------------------------------------------------------------


def test_outbound_visit_with_leader_and_day_from_the_publication_year() -> None:
    visit = one("Chiều 5/10, Đoàn đại biểu tỉnh Nghệ An do đồng chí Thái Thanh Quý, Bí thư Tỉnh ủy làm trưởng đoàn "
                "đã sang thăm và làm việc tại tỉnh Xiêng Khoảng.", "VISIT", published=date(2023, 10, 6))
    assert (visit.vn_party_code, visit.foreign_party_code, visit.direction) == ("VN-22", "LA-XI", "outbound")
    assert (visit.event_date, visit.date_precision, visit.year_source) == (date(2023, 10, 5), "day", "published")
    assert visit.leader_name == "Thái Thanh Quý"


def test_inbound_visit_received_by_the_host_led_by_a_lao_name_in_latin_script() -> None:
    visit = one("Sáng 20/3/2024, Chủ tịch UBND tỉnh Sơn La tiếp đoàn công tác tỉnh Hủa Phăn (Lào) do ông "
                "Viengthong Hatsachan, Phó Tỉnh trưởng dẫn đầu.", "VISIT")
    assert (visit.vn_party_code, visit.foreign_party_code, visit.direction) == ("VN-05", "LA-HO", "inbound")
    assert visit.event_date == date(2024, 3, 20)
    assert visit.leader_name == "Viengthong Hatsachan"


def test_visit_to_a_cambodian_province_over_a_day_range() -> None:
    visit = one("Ngày 11-12/4/2023, Đoàn đại biểu tỉnh Tây Ninh thăm và làm việc tại tỉnh Svay Rieng, "
                "Vương quốc Campuchia.", "VISIT")
    assert (visit.vn_party_code, visit.foreign_party_code, visit.direction) == ("VN-37", "KH-20", "outbound")
    assert visit.event_date == date(2023, 4, 11)


def test_visit_from_a_chinese_region_dated_in_words() -> None:
    visit = one("Đoàn đại biểu Khu tự trị dân tộc Choang Quảng Tây (Trung Quốc) đã đến thăm tỉnh Lạng Sơn vào "
                "ngày 15 tháng 8 năm 2023.", "VISIT")
    assert (visit.vn_party_code, visit.foreign_party_code, visit.direction) == ("VN-09", "CN-GX", "inbound")
    assert visit.event_date == date(2023, 8, 15)


def test_visit_from_a_korean_province_from_one_day_to_another() -> None:
    visit = one("Đoàn đại biểu tỉnh Gyeongsangbuk (Hàn Quốc) sang thăm tỉnh Thừa Thiên Huế từ ngày 3 đến "
                "5/11/2022.", "VISIT")
    assert (visit.vn_party_code, visit.foreign_party_code, visit.direction) == ("VN-26", "KR-47", "inbound")
    assert visit.event_date == date(2022, 11, 3)


def test_a_courtesy_call_by_a_japanese_delegation_is_a_visit() -> None:
    visit = one("Ngày 9/9/2023, đoàn đại biểu tỉnh Kanagawa (Nhật Bản) đã chào xã giao lãnh đạo tỉnh Bến Tre.",
                "VISIT")
    assert (visit.vn_party_code, visit.foreign_party_code, visit.direction) == ("VN-50", "JP-14", "inbound")


def test_talks_during_the_trip_belong_to_the_one_visit() -> None:
    body = ("Ngày 2/6/2024, Đoàn đại biểu tỉnh Quảng Nam sang thăm tỉnh Xê Kông. "
            "Tại buổi hội đàm, hai bên trao đổi về hợp tác giáo dục. "
            "Đoàn cũng đã chào xã giao lãnh đạo tỉnh Xê Kông.")
    assert len([e for e in events_of(body) if e.event_type == "VISIT"]) == 1


@pytest.mark.parametrize("sentence", [
    "Đoàn đại biểu tỉnh Quảng Bình sẽ sang thăm tỉnh Khăm Muộn vào tháng tới.",
    "Bí thư Tỉnh ủy mời lãnh đạo tỉnh Chăm-pa-xắc sang thăm tỉnh Quảng Nam vào thời gian thích hợp.",
    "Phó Thủ tướng đã đến thăm, tặng quà các hộ dân bị ảnh hưởng mưa lũ tại tỉnh Quảng Nam.",
    "Dự kiến tháng 12 tới, đoàn đại biểu tỉnh Sê Kông sẽ đến thăm tỉnh Kon Tum.",
])
def test_planned_and_domestic_visits_are_not_visits(sentence: str) -> None:
    assert none_of(sentence, "VISIT")


# --- AGREEMENT --------------------------------------------------------------------------------------------


def test_a_memorandum_signed_for_a_period() -> None:
    agreement = one("Hai bên đã ký kết Biên bản ghi nhớ hợp tác giai đoạn 2024 - 2028 giữa UBND tỉnh Điện Biên và "
                    "chính quyền tỉnh Phông-xa-lỳ.", "AGREEMENT")
    assert (agreement.vn_party_code, agreement.foreign_party_code) == ("VN-71", "LA-PH")
    assert (agreement.period_start, agreement.period_end) == (2024, 2028)


def test_an_agreement_cited_with_its_signing_year() -> None:
    agreement = one("Năm 2019, tỉnh Lào Cai và tỉnh Vân Nam (Trung Quốc) đã ký thỏa thuận hợp tác về thương mại "
                    "biên giới.", "AGREEMENT")
    assert (agreement.vn_party_code, agreement.foreign_party_code) == ("VN-02", "CN-YN")
    assert (agreement.event_date, agreement.date_precision) == (date(2019, 1, 1), "year")


def test_one_sentence_naming_two_partners_gives_two_agreements_with_their_own_dates() -> None:
    found = [e for e in events_of("Tỉnh Quảng Ninh đã ký kết thỏa thuận hợp tác với tỉnh Quảng Tây (tháng 4/2019) "
                                  "và thành phố Incheon, Hàn Quốc (tháng 6/2021).") if e.event_type == "AGREEMENT"]
    assert {(e.foreign_party_code, e.event_date) for e in found} == {
        ("CN-GX", date(2019, 4, 1)), ("KR-28", date(2021, 6, 1))}


def test_the_same_agreement_named_twice_in_an_article_is_one_event() -> None:
    body = ("Tỉnh Hà Giang và tỉnh Vân Nam ký biên bản ghi nhớ giai đoạn 2023 - 2027. "
            "Biên bản ghi nhớ này mở ra nhiều cơ hội hợp tác cho hai tỉnh Hà Giang và Vân Nam.")
    assert len([e for e in events_of(body) if e.event_type == "AGREEMENT"]) == 1


@pytest.mark.parametrize("sentence", [
    "Các lực lượng chức năng thực hiện nghiêm các hiệp định về quy chế biên giới giữa Việt Nam và Lào.",
    "Hai tỉnh Điện Biên và Luông Pha-bang dự kiến sẽ ký kết biên bản ghi nhớ vào cuối năm.",
    "Các doanh nghiệp tỉnh Hà Tĩnh đã ký kết nhiều dự án đầu tư tại tỉnh Khăm Muộn.",
])
def test_generic_planned_and_business_signings_are_not_agreements(sentence: str) -> None:
    assert none_of(sentence, "AGREEMENT")


# --- COMMITMENT -------------------------------------------------------------------------------------------


def test_a_vietnamese_pledge_on_training() -> None:
    pledge = one("Tỉnh Thanh Hóa cam kết tiếp tục hỗ trợ tỉnh Hủa Phăn trong đào tạo nguồn nhân lực.", "COMMITMENT")
    assert (pledge.vn_party_code, pledge.foreign_party_code) == ("VN-21", "LA-HO")
    assert (pledge.committed_by, pledge.category) == ("vn", "training")


def test_a_lao_pledge_on_investment() -> None:
    pledge = one("Phó Tỉnh trưởng tỉnh Luang Prabang khẳng định sẽ tạo điều kiện thuận lợi để doanh nghiệp "
                 "tỉnh Lào Cai đầu tư.", "COMMITMENT")
    assert (pledge.vn_party_code, pledge.foreign_party_code) == ("VN-02", "LA-LP")
    assert (pledge.committed_by, pledge.category) == ("foreign", "investment")


def test_both_sides_agreeing_to_take_turns() -> None:
    body = ("Chiều 3/7, tỉnh Kon Tum và tỉnh Át-tạ-pư tổ chức hội đàm. "
            "Hai bên nhất trí sẽ tổ chức giao lưu văn hóa luân phiên hằng năm.")
    pledge = one(body, "COMMITMENT")
    assert (pledge.vn_party_code, pledge.foreign_party_code, pledge.committed_by) == ("VN-28", "LA-AT", "both")
    assert pledge.category == "exchange"


@pytest.mark.parametrize("sentence", [
    "Lãnh đạo tỉnh Nghệ An mong muốn phía bạn Xiêng Khoảng tiếp tục quan tâm.",
    "Tỉnh sẽ hỗ trợ các hộ nghèo xây nhà trước mùa mưa bão.",
    "Tỉnh Sơn La và tỉnh Hủa Phăn luôn hỗ trợ lẫn nhau trong công tác phòng chống dịch bệnh.",
])
def test_hopes_domestic_plans_and_mutual_support_are_not_commitments(sentence: str) -> None:
    assert none_of(sentence, "COMMITMENT")


# --- AID --------------------------------------------------------------------------------------------------


def test_money_given_for_a_school() -> None:
    aid = one("Tỉnh Hà Tĩnh đã trao tặng tỉnh Bô-ly-khăm-xay 2 tỷ đồng để xây dựng trường học.", "AID")
    assert (aid.vn_party_code, aid.foreign_party_code) == ("VN-23", "LA-BL")
    assert (aid.quantity_min, aid.unit, aid.category) == (2e9, "VND", "construction")


def test_masks_handed_over_are_counted_in_masks() -> None:
    aid = one("UBND thành phố Đà Nẵng bàn giao 50.000 khẩu trang y tế cho tỉnh Xê Kông.", "AID")
    assert (aid.vn_party_code, aid.foreign_party_code) == ("VN-DN", "LA-XE")
    assert (aid.quantity_min, aid.unit, aid.category) == (50000, "masks", "medical_supplies")


def test_dollars_for_flood_relief_in_cambodia() -> None:
    aid = one("Tỉnh Bình Phước hỗ trợ 100.000 USD cho tỉnh Kratie, Campuchia khắc phục hậu quả lũ lụt.", "AID")
    assert (aid.vn_party_code, aid.foreign_party_code) == ("VN-58", "KH-10")
    assert (aid.quantity_min, aid.unit, aid.category) == (100000, "USD", "disaster_relief")


@pytest.mark.parametrize("sentence", [
    "Đoàn đại biểu tỉnh Chăm-pa-xắc tặng quà lưu niệm cho lãnh đạo tỉnh Quảng Nam.",
    "Tỉnh Nghệ An sẵn sàng hỗ trợ kinh phí cho tỉnh bạn Xiêng Khoảng.",
    "Xem thêm: TP Hải Phòng hỗ trợ Gia Lai và Đắk Lắk mỗi tỉnh 10 tỷ đồng khắc phục hậu quả bão",
])
def test_souvenirs_pledges_and_domestic_support_are_not_aid(sentence: str) -> None:
    assert none_of(sentence, "AID")


# --- SCHOLARSHIP ------------------------------------------------------------------------------------------


def test_yearly_scholarships_for_lao_students() -> None:
    grant = one("Mỗi năm, tỉnh Nghệ An cấp 50 suất học bổng cho lưu học sinh tỉnh Xiêng Khoảng.", "SCHOLARSHIP")
    assert (grant.vn_party_code, grant.foreign_party_code) == ("VN-22", "LA-XI")
    assert (grant.quantity_min, grant.quantity_max, grant.unit, grant.category) == (
        50, 50, "scholarships/year", "scholarship")


def test_nearly_three_hundred_cambodian_students() -> None:
    hosted = one("Hiện có gần 300 sinh viên Campuchia đang theo học tại các trường đại học của tỉnh An Giang.",
                 "SCHOLARSHIP")
    assert (hosted.vn_party_code, hosted.foreign_party_code) == ("VN-44", "KH")
    assert (hosted.quantity_min, hosted.quantity_max) == (300, 300)  # "gần N" is about N, as "khoảng N"


def test_a_total_and_its_share_from_one_province() -> None:
    found = [e for e in events_of("Tỉnh Nghệ An đang đào tạo 520 học viên Lào, trong đó có 120 học viên của tỉnh "
                                  "Bô-ly-khăm-xay.") if e.event_type == "SCHOLARSHIP"]
    assert {(e.foreign_party_code, e.quantity_min) for e in found} == {("LA", 520), ("LA-BL", 120)}


def test_a_range_of_students_each_year() -> None:
    hosted = one("Tỉnh Quảng Bình tiếp nhận từ 30 đến 40 lưu học sinh Lào mỗi năm.", "SCHOLARSHIP")
    assert (hosted.vn_party_code, hosted.foreign_party_code) == ("VN-24", "LA")
    assert (hosted.quantity_min, hosted.quantity_max, hosted.unit) == (30, 40, "students/year")


def test_domestic_scholarships_are_not_counted() -> None:
    assert none_of("Trường trao 100 suất học bổng cho học sinh nghèo vượt khó của huyện.", "SCHOLARSHIP")


def test_evidence_is_the_sentence_at_its_offsets() -> None:
    body = ("Mở đầu bài viết. Tỉnh Hà Tĩnh đã trao tặng tỉnh Bô-ly-khăm-xay 2 tỷ đồng để xây dựng trường học. "
            "Câu cuối.")
    aid = one(body, "AID")
    assert body[aid.evidence_start : aid.evidence_end] == aid.evidence
    assert aid.evidence.startswith("Tỉnh Hà Tĩnh") and aid.evidence.endswith("trường học.")
