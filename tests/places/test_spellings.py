"""Spellings written for these tests, each resolved to its code: Lao names hyphenated, spaced, with and
without tones and in Latin; Cambodian, Sino-Vietnamese, Korean, Japanese, Thai and Russian forms; units below
a province rolled up to it; Viet Nam before and after 2025; names several units share; and names that are no
party at all (wards, streets, persons, oceans, common words), which resolve to nothing."""

from __future__ import annotations

import pytest

from assets.places import default_gazetteer

LAO_PROVINCES = [
    ("Xiêng Khoảng", "LA-XI"), ("Xiêng-khoảng", "LA-XI"), ("XIÊNG KHOẢNG", "LA-XI"), ("Xiengkhouang", "LA-XI"),
    ("Xieng Khouang", "LA-XI"), ("Xiangkhouang", "LA-XI"), ("Xieng Khoang", "LA-XI"), ("Xiêng Khoáng", "LA-XI"),
    ("Bô Ly Khăm Xay", "LA-BL"), ("Bô-ly-khăm-xay", "LA-BL"), ("Bolikhamxay", "LA-BL"), ("Bolikhamsai", "LA-BL"),
    ("Bô-li-khăm-xay", "LA-BL"), ("Bo Ly Kham Xay", "LA-BL"), ("Borikhamxay", "LA-BL"),
    ("Hủa Phăn", "LA-HO"), ("Hủa-phăn", "LA-HO"), ("Houaphanh", "LA-HO"), ("Houaphan", "LA-HO"),
    ("Hua Phan", "LA-HO"), ("Hủa Phắn", "LA-HO"),
    ("Luông Pha Băng", "LA-LP"), ("Luang Prabang", "LA-LP"), ("Luông-pha-băng", "LA-LP"),
    ("Louangphabang", "LA-LP"), ("Luang Phabang", "LA-LP"), ("Luông Prabang", "LA-LP"),
    ("U Đôm Xay", "LA-OU"), ("Oudomxay", "LA-OU"), ("U-đôm-xay", "LA-OU"), ("Oudomxai", "LA-OU"),
    ("Udomxay", "LA-OU"),
    ("Phông Xa Lỳ", "LA-PH"), ("Phongsaly", "LA-PH"), ("Phông-xa-lỳ", "LA-PH"), ("Phongsali", "LA-PH"),
    ("Xay Nha Bu Ly", "LA-XA"), ("Sainyabuli", "LA-XA"), ("Xayaboury", "LA-XA"), ("Xay-nha-bu-ly", "LA-XA"),
    ("Xayabury", "LA-XA"), ("Sayaboury", "LA-XA"),
    ("Xê Kông", "LA-XE"), ("Sekong", "LA-XE"), ("Xê-kông", "LA-XE"), ("Xekong", "LA-XE"), ("Sê Kông", "LA-XE"),
    ("Chăm Pa Xắc", "LA-CH"), ("Champasak", "LA-CH"), ("Chăm-pa-xắc", "LA-CH"), ("Champassak", "LA-CH"),
    ("Chăm-pa-sắc", "LA-CH"),
    ("A-tô-pư", "LA-AT"), ("Attapeu", "LA-AT"), ("Át-tạ-pư", "LA-AT"), ("Attapu", "LA-AT"), ("A Tô Pư", "LA-AT"),
    ("Sa La Van", "LA-SL"), ("Salavan", "LA-SL"), ("Xa La Văn", "LA-SL"), ("Saravane", "LA-SL"),
    ("Xa-la-văn", "LA-SL"),
    ("Sa Vẳn Na Khệt", "LA-SV"), ("Savannakhet", "LA-SV"), ("Xa-vẳn-na-khệt", "LA-SV"), ("Xavannakhet", "LA-SV"),
    ("Sa-vẳn-na-khệt", "LA-SV"),
    ("Khăm Muồn", "LA-KH"), ("Khăm Muộn", "LA-KH"), ("Khammouane", "LA-KH"), ("Khăm-muồn", "LA-KH"),
    ("Khammuan", "LA-KH"),
    ("Viêng Chăn", "LA-VT"), ("Thủ đô Viêng Chăn", "LA-VT"), ("Vientiane", "LA-VT"), ("Vientiane Capital", "LA-VT"),
    ("Thủ đô Vientiane", "LA-VT"), ("tỉnh Viêng Chăn", "LA-VI"), ("Vientiane Province", "LA-VI"),
    ("tỉnh Vientiane", "LA-VI"),
    ("Xay Sổm Bun", "LA-XS"), ("Xaisomboun", "LA-XS"), ("Xaysomboun", "LA-XS"), ("Xay-xổm-bun", "LA-XS"),
    ("Luổng Nặm Thà", "LA-LM"), ("Luang Namtha", "LA-LM"), ("Luổng-nậm-thà", "LA-LM"), ("Louang Namtha", "LA-LM"),
    ("Bò Kẹo", "LA-BK"), ("Bokeo", "LA-BK"), ("Bò-kẹo", "LA-BK"), ("Bokèo", "LA-BK"),
    ("Phoong Sa Lỳ", "LA-PH"), ("Phông Sa Lỳ", "LA-PH"),
]

LAO_DISTRICTS = [
    ("huyện Xay Thả Ny", "LA-VT"), ("Xaythany", "LA-VT"), ("huyện Chanthabuly", "LA-VT"), ("Sisattanak", "LA-VT"),
    ("huyện Hát Xai Phong", "LA-VT"), ("mường Xay", "LA-OU"), ("huyện Mường Xay", "LA-OU"), ("Muang Xay", "LA-OU"),
    ("huyện Sầm Nưa", "LA-HO"), ("Xamneua", "LA-HO"), ("huyện Viêng Xay", "LA-HO"), ("huyện Xê Pôn", "LA-SV"),
    ("Sepon", "LA-SV"), ("huyện Xê-pôn", "LA-SV"), ("huyện Mường Ét", "LA-HO"), ("huyện Mường Khoa", "LA-PH"),
    ("Vang Viêng", "LA-VI"), ("Vangvieng", "LA-VI"), ("huyện Phôn Hồng", "LA-VI"), ("Pắc Xế", "LA-CH"),
    ("Pakse", "LA-CH"), ("thành phố Pạc Xế", "LA-CH"), ("Paksong", "LA-CH"), ("huyện Khổng", "LA-CH"),
    ("Thà Khẹt", "LA-KH"), ("Thakhek", "LA-KH"), ("huyện Bua La Pha", "LA-KH"), ("Nhôm Ma Lạt", "LA-KH"),
    ("huyện Na Cai", "LA-KH"), ("Kaysone Phomvihane", "LA-SV"), ("huyện Noọng Hẹt", "LA-XI"),
    ("Phonsavan", "LA-XI"), ("Phôn-xa-vẳn", "LA-XI"), ("huyện Pẹc", "LA-XI"), ("Huổi Xai", "LA-BK"),
    ("Houayxay", "LA-BK"), ("huyện Tổn Phấng", "LA-BK"), ("huyện Nặm Bạc", "LA-LP"), ("Nambak", "LA-LP"),
    ("huyện Đắc Chưng", "LA-XE"), ("Dakcheung", "LA-XE"), ("huyện Ca Lưm", "LA-XE"), ("huyện La Mam", "LA-XE"),
    ("Samakkhixay", "LA-AT"), ("huyện Xa Nam Xay", "LA-AT"), ("Sanamxay", "LA-AT"), ("huyện Phu Vông", "LA-AT"),
    ("huyện Long Chẹng", "LA-XS"), ("Anouvong", "LA-XS"), ("huyện Pắc Xan", "LA-BL"), ("Paksan", "LA-BL"),
    ("Lắc Xao", "LA-BL"), ("huyện Khăm Cợt", "LA-BL"), ("Hongsa", "LA-XA"), ("huyện Hồng Xa", "LA-XA"),
    ("Paklay", "LA-XA"), ("huyện Mường Sing", "LA-LM"), ("Muang Sing", "LA-LM"), ("huyện Viêng Phu Kha", "LA-LM"),
    ("Pakbeng", "LA-OU"), ("huyện Nà Mò", "LA-OU"), ("huyện Phôn Xay", "LA-LP"), ("huyện Tà Ôi", "LA-SL"),
    ("huyện Lào Ngam", "LA-SL"), ("huyện Không Xê Đôn", "LA-SL"),
    # the same muang name in two provinces: nothing rather than a guess
    ("huyện Xay Xệt Tha", None), ("huyện Viêng Khăm", None),
]

CAMBODIA = [
    ("Svay Rieng", "KH-20"), ("Xvây Riêng", "KH-20"), ("Soài Riêng", "KH-20"), ("Svây Riêng", "KH-20"),
    ("Ratanakiri", "KH-16"), ("Ra-ta-na-ki-ri", "KH-16"), ("Rattanakiri", "KH-16"), ("Mondulkiri", "KH-11"),
    ("Mun-đun-ki-ri", "KH-11"), ("Kampot", "KH-7"), ("Cam-pốt", "KH-7"), ("Takeo", "KH-21"), ("Ta-keo", "KH-21"),
    ("Tbong Khmum", "KH-25"), ("Tboung Khmum", "KH-25"), ("Phnom Penh", "KH-12"), ("Phnôm Pênh", "KH-12"),
    ("Thủ đô Phnôm Pênh", "KH-12"), ("Kampong Cham", "KH-3"), ("Kông Pông Chàm", "KH-3"), ("Kratie", "KH-10"),
    ("Kra-chê", "KH-10"), ("Stung Treng", "KH-19"), ("Xtung Treng", "KH-19"), ("Siem Reap", "KH-17"),
    ("Xiêm Riệp", "KH-17"), ("Battambang", "KH-2"), ("Bát-đom-boong", "KH-2"), ("Kandal", "KH-8"),
    ("Prey Veng", "KH-14"), ("Prây Veng", "KH-14"), ("Preah Vihear", "KH-13"), ("Kep", "KH-23"), ("Pailin", "KH-24"),
    ("Koh Kong", "KH-9"), ("Banteay Meanchey", "KH-1"), ("Oddar Meanchey", "KH-22"), ("Pursat", "KH-15"),
    ("Kampong Speu", "KH-5"), ("Kampong Thom", "KH-6"), ("Kampong Chhnang", "KH-4"), ("Preah Sihanouk", "KH-18"),
    ("Sihanoukville", "KH-18"),
    ("Bavet", "KH-20"), ("thành phố Bavet", "KH-20"), ("huyện Chantrea", "KH-20"), ("Memot", "KH-25"),
    ("huyện Mê Mốt", "KH-25"), ("Snuol", "KH-10"), ("huyện Xnuôn", "KH-10"), ("Sen Monorom", "KH-11"),
    ("Ban Lung", "KH-16"), ("Banlung", "KH-16"), ("huyện O Yadav", "KH-16"), ("Poipet", "KH-1"),
    ("huyện Kampong Trach", "KH-7"), ("Phnôm Đênh", "KH-21"),
    ("Bát-tam-boong", "KH-2"), ("Bát Tam Boong", "KH-2"), ("Bat Dambang", "KH-2"), ("Tbông Khmum", "KH-25"),
    ("Kô Kông", "KH-9"), ("Stưng Treng", "KH-19"), ("Công-pông Chàm", "KH-3"), ("Ô-đô Miên-chây", "KH-22"),
]

CHINA = [
    ("Vân Nam", "CN-YN"), ("Yunnan", "CN-YN"), ("tỉnh Vân Nam", "CN-YN"), ("Quảng Tây", "CN-GX"),
    ("Guangxi", "CN-GX"), ("Khu tự trị dân tộc Choang Quảng Tây", "CN-GX"), ("Quảng Đông", "CN-GD"),
    ("Guangdong", "CN-GD"), ("Hải Nam", "CN-HI"), ("Hainan", "CN-HI"), ("Tứ Xuyên", "CN-SC"),
    ("Chiết Giang", "CN-ZJ"), ("Giang Tô", "CN-JS"), ("Thượng Hải", "CN-SH"), ("Bắc Kinh", "CN-BJ"),
    ("Beijing", "CN-BJ"), ("Thiên Tân", "CN-TJ"), ("Trùng Khánh", "CN-CQ"), ("Hồ Nam", "CN-HN"), ("Hồ Bắc", "CN-HB"),
    ("Hà Bắc", "CN-HE"), ("Sơn Đông", "CN-SD"), ("Phúc Kiến", "CN-FJ"), ("Quý Châu", "CN-GZ"),
    ("Thiểm Tây", "CN-SN"), ("Cam Túc", "CN-GS"), ("Giang Tây", "CN-JX"), ("An Huy", "CN-AH"), ("Cát Lâm", "CN-JL"),
    ("Liêu Ninh", "CN-LN"), ("Hắc Long Giang", "CN-HL"), ("Nội Mông", "CN-NM"), ("Tân Cương", "CN-XJ"),
    ("Tây Tạng", "CN-XZ"), ("Ninh Hạ", "CN-NX"), ("tỉnh Thanh Hải", "CN-QH"), ("Qinghai", "CN-QH"),
    ("Đông Hưng", "CN-GX"), ("thành phố Đông Hưng", "CN-GX"), ("TP Đông Hưng", "CN-GX"), ("Dongxing", "CN-GX"),
    ("Bằng Tường", "CN-GX"), ("Hà Khẩu", "CN-YN"), ("huyện Hà Khẩu", "CN-YN"), ("Hekou", "CN-YN"),
    ("Mông Tự", "CN-YN"), ("Côn Minh", "CN-YN"), ("Kunming", "CN-YN"), ("Nam Ninh", "CN-GX"), ("Nanning", "CN-GX"),
    ("Sùng Tả", "CN-GX"), ("Phòng Thành Cảng", "CN-GX"), ("Bách Sắc", "CN-GX"), ("Văn Sơn (Vân Nam)", "CN-YN"),
    ("châu Văn Sơn", "CN-YN"), ("Hồng Hà", "CN-YN"), ("châu Hồng Hà", "CN-YN"), ("Quảng Châu", "CN-GD"),
    ("Thâm Quyến", "CN-GD"), ("Hải Khẩu", "CN-HI"), ("Hạ Môn", "CN-FJ"), ("Hàng Châu", "CN-ZJ"),
    ("Thành Đô", "CN-SC"), ("Vũ Hán", "CN-HB"), ("Trịnh Châu", "CN-HA"), ("Quế Lâm", "CN-GX"), ("Bắc Hải", "CN-GX"),
    ("Khâm Châu", "CN-GX"), ("Ma Lật Pha", "CN-YN"), ("huyện Ma Lật Pha", "CN-YN"), ("Tây Song Bản Nạp", "CN-YN"),
    ("Cảnh Hồng", "CN-YN"), ("Lệ Giang", "CN-YN"), ("Ninh Minh", "CN-GX"), ("huyện Long Châu", "CN-GX"),
    ("Tĩnh Tây", "CN-GX"), ("huyện Kim Bình", "CN-YN"), ("huyện Quảng Nam", "CN-YN"),
    ("Khu tự trị dân tộc Tráng Quảng Tây", "CN-GX"), ("Khu tự trị Choang Quảng Tây", "CN-GX"),
]

KOREA_JAPAN_THAILAND_RUSSIA = [
    ("Gyeonggi", "KR-41"), ("Kyonggi", "KR-41"), ("Gyeonggi-do", "KR-41"), ("tỉnh Gyeonggi", "KR-41"),
    ("Suwon", "KR-41"), ("thành phố Suwon", "KR-41"), ("Seongnam", "KR-41"), ("Gyeongsangbuk-do", "KR-47"),
    ("Gyeongbuk", "KR-47"), ("Kyongsang Bắc", "KR-47"), ("Gyeongsang Bắc", "KR-47"), ("Bắc Gyeongsang", "KR-47"),
    ("Pohang", "KR-47"), ("Gyeongju", "KR-47"), ("Gyeongsangnam-do", "KR-48"), ("Gyeongnam", "KR-48"),
    ("Changwon", "KR-48"), ("Jeollanam-do", "KR-46"), ("Jeonnam", "KR-46"), ("Seoul", "KR-11"), ("Xơ-un", "KR-11"),
    ("Busan", "KR-26"), ("Pusan", "KR-26"), ("Incheon", "KR-28"), ("Daegu", "KR-27"), ("Ulsan", "KR-31"),
    ("Jeju", "KR-49"), ("Gangwon", "KR-42"), ("Chungcheongbuk-do", "KR-43"), ("Chungbuk", "KR-43"),
    ("Cheongju", "KR-43"), ("Cheonan", "KR-44"), ("Jeonju", "KR-45"), ("thành phố Sejong", "KR-50"),
    ("Nagano", "JP-20"), ("Na-ga-nô", "JP-20"), ("Tokyo", "JP-13"), ("Tô-ky-ô", "JP-13"), ("Osaka", "JP-27"),
    ("Yokohama", "JP-14"), ("Kanagawa", "JP-14"), ("Nagoya", "JP-23"), ("Aichi", "JP-23"), ("Sapporo", "JP-01"),
    ("Hokkaido", "JP-01"), ("Kobe", "JP-28"), ("Fukuoka", "JP-40"), ("Kitakyushu", "JP-40"), ("Hiroshima", "JP-34"),
    ("Saitama", "JP-11"), ("Kyoto", "JP-26"), ("Chiba", "JP-12"), ("tỉnh Mie", "JP-24"), ("tỉnh Saga", "JP-41"),
    ("Matsumoto", "JP-20"), ("Sendai", "JP-04"), ("Kagoshima", "JP-46"), ("Okinawa", "JP-47"),
    ("thành phố Izumiotsu", "JP-27"), ("Matsue", "JP-32"), ("Maebashi", "JP-10"), ("Utsunomiya", "JP-09"),
    ("Mito", "JP-08"), ("Morioka", "JP-03"), ("Yonago", "JP-31"), ("huyện Jangsu", "KR-45"),
    ("thành phố Naju", "KR-46"), ("Namwon", "KR-45"),
    ("Nakhon Phanom", "TH-48"), ("Na-khon Pha-nom", "TH-48"), ("Mukdahan", "TH-49"), ("Sakon Nakhon", "TH-47"),
    ("Nong Khai", "TH-43"), ("Udon Thani", "TH-41"), ("Khon Kaen", "TH-40"), ("Ubon Ratchathani", "TH-34"),
    ("Bangkok", "TH-10"), ("Băng Cốc", "TH-10"), ("Chiang Mai", "TH-50"), ("Chiềng Mai", "TH-50"),
    ("Chiang Rai", "TH-57"), ("Bueng Kan", "TH-38"), ("tỉnh Loei", "TH-42"), ("Phuket", "TH-83"),
    ("Pattaya", "TH-S"), ("Hat Yai", "TH-90"), ("Nakhon Ratchasima", "TH-30"), ("Korat", "TH-30"),
    ("Chon Buri", "TH-20"), ("Surat Thani", "TH-84"), ("Songkhla", "TH-90"),
    ("Bưng Càn", "TH-38"), ("Bưng Kan", "TH-38"), ("Bung Kan", "TH-38"), ("Nọng Khai", "TH-43"),
    ("Noọng Khai", "TH-43"), ("Nongkhai", "TH-43"), ("Sakhon Nakhon", "TH-47"), ("Sa-kôn Na-khon", "TH-47"),
    ("Nakhon Panom", "TH-48"), ("Nakon Phanom", "TH-48"), ("Mục-đa-hản", "TH-49"), ("Múc-đa-hán", "TH-49"),
    ("U-bôn Rát-cha-tha-ni", "TH-34"), ("Ubon Rachathani", "TH-34"), ("U-đon Tha-ni", "TH-41"),
    ("Udonthani", "TH-41"), ("Khỏn Kèn", "TH-40"), ("Khon Kèn", "TH-40"), ("tỉnh Lơi", "TH-42"),
    ("Xiêng Rai", "TH-57"),
    ("Primorsky", "RU-PRI"), ("Primorye", "RU-PRI"), ("Khu vực Primorsky", "RU-PRI"), ("vùng Primorsky", "RU-PRI"),
    ("Primorskiy kray", "RU-PRI"), ("Vladivostok", "RU-PRI"), ("Khabarovsk", "RU-KHA"), ("Mát-xcơ-va", "RU-MOW"),
    ("Moskva", "RU-MOW"), ("Moscow", "RU-MOW"), ("tỉnh Moskva", "RU-MOS"), ("Xanh Pê-téc-bua", "RU-SPE"),
    ("Saint Petersburg", "RU-SPE"), ("Tatarstan", "RU-TA"), ("Kazan", "RU-TA"), ("Novosibirsk", "RU-NVS"),
    ("Irkutsk", "RU-IRK"), ("Ulyanovsk", "RU-ULY"), ("Sverdlovsk", "RU-SVE"), ("Yekaterinburg", "RU-SVE"),
    ("Sakhalin", "RU-SAK"), ("Krasnodar", "RU-KDA"), ("Bashkortostan", "RU-BA"),
]

OTHER_PARTNERS_AND_COUNTRIES = [
    ("Ulaanbaatar", "MN-1"), ("U-lan Ba-to", "MN-1"), ("Yangon", "MM-06"), ("Nay Pyi Taw", "MM-18"),
    ("La Habana", "CU-03"), ("Havana", "CU-03"), ("Santiago de Cuba", "CU-13"), ("Paris", "FR-75C"),
    ("Île-de-France", "FR-IDF"), ("Berlin", "DE-BE"), ("Bayern", "DE-BY"), ("California", "US-CA"),
    ("bang Texas", "US-TX"), ("New York", "US-NY"), ("Washington", "US-DC"), ("bang Washington", "US-WA"),
    ("Lào", "LA"), ("CHDCND Lào", "LA"), ("Campuchia", "KH"), ("Vương quốc Campuchia", "KH"),
    ("Trung Quốc", "CN"), ("Hàn Quốc", "KR"), ("Đại Hàn Dân Quốc", "KR"), ("Nhật Bản", "JP"), ("Thái Lan", "TH"),
    ("Hoa Kỳ", "US"), ("nước Mỹ", "US"), ("Liên bang Nga", "RU"), ("nước Nga", "RU"), ("Myanmar", "MM"),
    ("Miến Điện", "MM"), ("Mông Cổ", "MN"), ("Cuba", "CU"), ("Cộng hòa Pháp", "FR"), ("nước Pháp", "FR"),
    ("CHLB Đức", "DE"), ("Việt Nam", "VN"), ("Thổ Nhĩ Kỳ", "TR"),
]

VIET_NAM = [
    ("Hà Tĩnh", "VN-23"), ("tỉnh Hà Tĩnh", "VN-23"), ("Ha Tinh", "VN-23"), ("Thanh Hoá", "VN-21"),
    ("Thừa Thiên Huế", "VN-26"), ("Thừa Thiên - Huế", "VN-26"), ("TP. Huế", "VN-26"), ("thành phố Huế", "VN-26"),
    ("Huế", "VN-26"), ("TP.HCM", "VN-SG"), ("Thành phố Hồ Chí Minh", "VN-SG"), ("Sài Gòn", "VN-SG"),
    ("Hà Nội", "VN-HN"), ("Thủ đô Hà Nội", "VN-HN"), ("Đà Nẵng", "VN-DN"), ("Cần Thơ", "VN-CT"),
    ("Hải Phòng", "VN-HP"), ("Lai Châu", "VN-01"), ("Điện Biên", "VN-71"), ("Sơn La", "VN-05"), ("Cao Bằng", "VN-04"),
    ("Lạng Sơn", "VN-09"), ("Quảng Ninh", "VN-13"), ("Lào Cai", "VN-02"),
    # 2025: a merged unit keeps the code of the province whose name it kept; "(cũ)" is the old unit
    ("tỉnh Tây Ninh (mới)", "VN-37"), ("Tây Ninh (mới)", "VN-37"), ("Long An (cũ)", "VN-41"),
    ("tỉnh Long An (cũ)", "VN-41"), ("Quảng Bình (cũ)", "VN-24"), ("Quảng Trị (mới)", "VN-25"),
    ("Ninh Bình (mới)", "VN-18"), ("Hà Nam (cũ)", "VN-63"), ("Nam Định (cũ)", "VN-67"), ("tỉnh Lào Cai (mới)", "VN-02"),
    ("Yên Bái (cũ)", "VN-06"), ("Bình Dương (cũ)", "VN-57"), ("Bà Rịa - Vũng Tàu (cũ)", "VN-43"),
    ("Gia Lai (mới)", "VN-30"), ("Bình Định (cũ)", "VN-31"), ("Đắk Lắk (mới)", "VN-33"), ("Phú Yên (cũ)", "VN-32"),
    ("Kon Tum (cũ)", "VN-28"), ("Quảng Ngãi (mới)", "VN-29"), ("Quảng Nam (cũ)", "VN-27"), ("Đà Nẵng (mới)", "VN-DN"),
    ("Hà Giang (cũ)", "VN-03"), ("Tuyên Quang (mới)", "VN-07"), ("Bắc Giang (cũ)", "VN-54"),
    ("Bắc Ninh (mới)", "VN-56"), ("Hải Dương (cũ)", "VN-61"), ("Thái Bình (cũ)", "VN-20"), ("Hưng Yên (mới)", "VN-66"),
    ("Vĩnh Phúc (cũ)", "VN-70"), ("Hòa Bình (cũ)", "VN-14"), ("Phú Thọ (mới)", "VN-68"), ("Bắc Kạn (cũ)", "VN-53"),
    ("Thái Nguyên (mới)", "VN-69"), ("Kiên Giang (cũ)", "VN-47"), ("An Giang (mới)", "VN-44"),
    ("Tiền Giang (cũ)", "VN-46"), ("Đồng Tháp (mới)", "VN-45"), ("Bến Tre (cũ)", "VN-50"), ("Trà Vinh (cũ)", "VN-51"),
    ("Vĩnh Long (mới)", "VN-49"), ("Sóc Trăng (cũ)", "VN-52"), ("Hậu Giang (cũ)", "VN-73"),
    ("thành phố Cần Thơ (mới)", "VN-CT"), ("Bạc Liêu (cũ)", "VN-55"), ("Cà Mau (mới)", "VN-59"),
    ("Bình Phước (cũ)", "VN-58"), ("Đồng Nai (mới)", "VN-39"), ("Lâm Đồng (mới)", "VN-35"), ("Đắk Nông (cũ)", "VN-72"),
    ("Bình Thuận (cũ)", "VN-40"), ("Ninh Thuận (cũ)", "VN-36"), ("Khánh Hòa (mới)", "VN-34"),
    # districts roll up to their province
    ("huyện Thạch Hà", "VN-23"), ("thị xã Sơn Tây", "VN-HN"), ("Móng Cái", "VN-13"), ("thành phố Móng Cái", "VN-13"),
    ("quận Ba Đình", "VN-HN"), ("huyện Mường Nhé", "VN-71"), ("Hội An", "VN-27"), ("Sa Pa", "VN-02"),
    ("Nha Trang", "VN-34"), ("Đà Lạt", "VN-35"), ("Buôn Ma Thuột", "VN-33"), ("huyện Châu Thành", None),
]

SHARED_NAMES = [
    ("Hà Nam", "VN-63"), ("Hà Nam (Trung Quốc)", "CN-HA"), ("tỉnh Hà Nam (Trung Quốc)", "CN-HA"),
    ("tỉnh Hà Nam, Trung Quốc", "CN-HA"), ("tỉnh Hà Nam của Trung Quốc", "CN-HA"), ("Henan", "CN-HA"),
    ("Sơn Tây", "VN-HN"), ("tỉnh Sơn Tây", "CN-SX"), ("Sơn Tây (Trung Quốc)", "CN-SX"),
    ("Quảng Nam", "VN-27"), ("Quảng Nam (Vân Nam)", "CN-YN"), ("huyện Phú Ninh", "VN-27"),
    ("huyện Phú Ninh (Vân Nam)", "CN-YN"), ("huyện Phú Ninh, tỉnh Vân Nam", "CN-YN"), ("huyện Đông Hưng", "VN-20"),
    ("Đông Hưng (Trung Quốc)", "CN-GX"), ("thành phố Thái Nguyên", "VN-69"), ("Thái Nguyên (Sơn Tây)", "CN-SX"),
    ("thành phố Tây Ninh", "VN-37"), ("Tây Ninh (Thanh Hải)", "CN-QH"), ("Hải Nam (Trung Quốc)", "CN-HI"),
    ("Shanxi", "CN-SX"), ("Gyeongsangnam", "KR-48"), ("Hồng Kông", "HK"),
    ("Đài Loan", "TW"), ("tỉnh Đài Loan", "CN-TW"),
]

NOT_A_PARTY = [
    ("phường Long An", None), ("xã Hà Giang", None), ("Phường Bắc Kạn", None), ("xã Quảng Bình", None),
    ("xã Hải Nam", None), ("thị trấn Hà Nam", None), ("đường Hà Nội", None), ("phố Lào Cai", None),
    ("ông Nguyễn Thái Bình", None), ("bà Hà Nam", None), ("đồng chí Hoàng Văn Sơn", None), ("Hồ Chí Minh", None),
    ("Chủ tịch Hồ Chí Minh", None), ("Thái Bình Dương", None), ("Ấn Độ Dương", None), ("Hoàng Anh Gia Lai", None),
    ("Hà Nội Mới", None), ("Nam", None), ("Long", None), ("Xay", None), ("Kham", None),
    ("Mày", None), ("Nga Sơn", None), ("Anh", None), ("Đức", None), ("Mỹ Đức", None), ("pháp luật", None),
    ("Ha", None), ("Nan", None), ("Trang", None), ("bản Mường Mày", None), ("Nhật", None), ("Quảng", None),
    ("Văn Sơn", None),
]

# Belarus, more Russian subjects, Mongolian aimags, Cuban provinces, Myanmar, ASEAN and other partners' units; a
# city that is not a unit of its own rolls up to its first-level unit
MORE_PARTNERS = [
    ("Minsk", "BY-HM"), ("TP Minsk", "BY-HM"), ("thành phố Minsk", "BY-HM"), ("Min-xcơ", "BY-HM"),
    ("tỉnh Minsk", "BY-MI"), ("vùng Minsk", "BY-MI"), ("Brest", "BY-BR"), ("Gomel", "BY-HO"), ("Gô-men", "BY-HO"),
    ("Grodno", "BY-HR"), ("Hrodna", "BY-HR"), ("Mogilev", "BY-MA"), ("Vitebsk", "BY-VI"),
    ("Matxcơva", "RU-MOW"), ("Lê-nin-grát", "RU-SPE"), ("Tác-ta-xtan", "RU-TA"), ("Kaluga", "RU-KLU"),
    ("tỉnh Kursk", "RU-KRS"), ("Volgograd", "RU-VGG"), ("Xa-ma-ra", "RU-SAM"), ("Tolyatti", "RU-SAM"),
    ("tỉnh Vladimir", "RU-VLA"), ("Kamchatka", "RU-KAM"), ("Ulan-Ude", "RU-BU"), ("Dagestan", "RU-DA"),
    ("Darkhan-Uul", "MN-037"), ("Darkhan", "MN-037"), ("Erdenet", "MN-035"), ("Orkhon", "MN-035"),
    ("Khuvsgul", "MN-041"), ("tỉnh Sukhbaatar", "MN-051"), ("tỉnh Töv", "MN-047"),
    ("Holguin", "CU-11"), ("Camaguey", "CU-09"), ("Cienfuegos", "CU-06"), ("Pinar del Rio", "CU-01"),
    ("tỉnh Granma", "CU-12"), ("Bayamo", "CU-12"), ("Mayabeque", "CU-16"), ("đảo Thanh Niên", "CU-99"),
    ("bang Kachin", "MM-11"), ("bang Mon", "MM-15"), ("Mawlamyine", "MM-15"), ("Rakhine", "MM-16"),
    ("Jakarta", "ID-JK"), ("Gia-các-ta", "ID-JK"), ("Đông Java", "ID-JI"), ("Surabaya", "ID-JI"), ("Batam", "ID-KR"),
    ("Kuala Lumpur", "MY-14"), ("Penang", "MY-07"), ("bang Malacca", "MY-04"), ("Johor Bahru", "MY-01"),
    ("Manila", "PH-00"), ("Quezon City", "PH-00"), ("Cebu City", "PH-07"), ("New Delhi", "IN-DL"),
    ("Mumbai", "IN-MH"), ("Gujarat", "IN-GJ"), ("bang Victoria", "AU-VIC"), ("Melbourne", "AU-VIC"),
    ("Tây Úc", "AU-WA"), ("Sydney", "AU-NSW"), ("Canberra", "AU-ACT"), ("Wellington", "NZ-WGN"),
    ("Bu-đa-pét", "HU-BU"), ("Pra-ha", "CZ-10"), ("Prague", "CZ-10"), ("Bratislava", "SK-BL"), ("Sofia", "BG-22"),
    ("Vác-sa-va", "PL-14"), ("Kraków", "PL-12"), ("Kiev", "UA-30"), ("Ki-ép", "UA-30"), ("Odessa", "UA-51"),
    ("Almaty", "KZ-75"), ("Nur-Sultan", "KZ-71"), ("Normandie", "FR-NOR"), ("Lyon", None), ("thành phố Lyon", "FR-ARA"),
    ("Munich", "DE-BY"), ("Leipzig", "DE-SN"), ("Hạ Saxony", "DE-NI"), ("Lombardy", "IT-25"), ("Rome", "IT-62"),
    ("Québec", "CA-QC"), ("Toronto", "CA-ON"), ("Los Angeles", "US-CA"),
    # names that are also people's names, a newspaper or a strait: only with a unit word
    ("Vladimir", None), ("Ivanovo", None), ("Sukhbaatar", None), ("Granma", None), ("báo Granma", None),
    ("Victoria", None), ("Malacca", None), ("eo biển Malacca", None), ("Milan", None), ("Darwin", None),
    ("Kirov", None), ("Chin", None), ("Mon", None),
]

SPELLINGS = (LAO_PROVINCES + LAO_DISTRICTS + CAMBODIA + CHINA + KOREA_JAPAN_THAILAND_RUSSIA
             + OTHER_PARTNERS_AND_COUNTRIES + MORE_PARTNERS + VIET_NAM + SHARED_NAMES + NOT_A_PARTY)


def test_there_are_enough_spellings_and_each_is_listed_once() -> None:
    assert len(SPELLINGS) >= 300
    assert len({text for text, _ in SPELLINGS}) == len(SPELLINGS)


@pytest.mark.parametrize(("text", "code"), SPELLINGS, ids=[text for text, _ in SPELLINGS])
def test_spelling_resolves_to_its_code(text: str, code: str | None) -> None:
    place = default_gazetteer().resolve(text)
    assert (place.admin_code if place else None) == code


def codes(text: str, countries: set[str] | None = None) -> list[tuple[str, str]]:
    return [(m.text, m.place.admin_code) for m in default_gazetteer().find(text, countries)]


def test_a_country_named_right_after_a_shared_name_decides_it() -> None:
    assert codes("Đoàn đại biểu tỉnh Hà Nam (Trung Quốc) thăm tỉnh Hà Nam.") == [
        ("tỉnh Hà Nam", "CN-HA"), ("Trung Quốc", "CN"), ("tỉnh Hà Nam", "VN-63")]
    assert codes("Lãnh đạo Sơn Tây, Trung Quốc tiếp đoàn.") == [("Sơn Tây", "CN-SX"), ("Trung Quốc", "CN")]


def test_the_unit_listed_beside_a_shared_name_decides_it() -> None:
    assert codes("Doanh nghiệp các tỉnh Hà Nam, Hồ Bắc và Quảng Tây dự hội chợ.") == [
        ("tỉnh Hà Nam", "CN-HA"), ("Hồ Bắc", "CN-HB"), ("Quảng Tây", "CN-GX")]
    assert codes("Lãnh đạo các tỉnh Ninh Bình, Hà Nam và Nam Định họp.") == [
        ("tỉnh Ninh Bình", "VN-18"), ("Hà Nam", "VN-63"), ("Nam Định", "VN-67")]
    assert codes("Đoàn Sơn Tây, Hà Bắc sang làm việc.") == [("Sơn Tây", "CN-SX"), ("Hà Bắc", "CN-HE")]


def test_a_unit_word_before_a_shared_name_decides_its_level() -> None:
    assert codes("Đoàn công tác tỉnh Sơn Tây thăm thị xã Sơn Tây.") == [
        ("Sơn Tây", "CN-SX"), ("thị xã Sơn Tây", "VN-HN")]
    assert codes("Tỉnh Quảng Nam và huyện Quảng Nam ký kết.") == [("Tỉnh Quảng Nam", "VN-27"),
                                                                   ("huyện Quảng Nam", "CN-YN")]


def test_the_countries_a_text_is_about_decide_a_shared_name() -> None:
    text = "Đoàn đại biểu Hà Nam sang thăm và làm việc."
    assert codes(text) == [("Hà Nam", "VN-63")]
    assert codes(text, {"CN"}) == [("Hà Nam", "CN-HA")]
    assert codes(text, {"VN", "CN"}) == [("Hà Nam", "VN-63")]  # both candidates are in: the default stays
    assert codes("Đoàn Sơn Tây thăm Lào.") == [("Sơn Tây", "VN-HN"), ("Lào", "LA")]
    assert default_gazetteer().resolve("Hà Nam", countries={"CN"}).admin_code == "CN-HA"
    assert default_gazetteer().resolve("Sơn Tây", countries={"CN"}).admin_code == "CN-SX"


def test_text_naming_no_shared_name_is_found_as_without_a_hint() -> None:
    text = "Chiều 5/3, tỉnh Hà Tĩnh tiếp Đoàn đại biểu tỉnh Khăm Muồn (Lào) và thành phố Suwon (Hàn Quốc)."
    assert codes(text) == codes(text, {"CN"}) == codes(text, {"LA", "KR"}) == [
        ("tỉnh Hà Tĩnh", "VN-23"), ("Khăm Muồn", "LA-KH"), ("Lào", "LA"), ("thành phố Suwon", "KR-41"),
        ("Hàn Quốc", "KR")]


def test_lao_cai_is_not_laos_and_common_words_are_not_places() -> None:
    assert codes("Lào Cai giáp Lào và Trung Quốc.") == [("Lào Cai", "VN-02"), ("Lào", "LA"), ("Trung Quốc", "CN")]
    assert codes("Vì hòa bình, anh Tuấn nói về pháp luật của Mỹ Đức với nước Anh.") == [("nước Anh", "GB")]


def test_persons_and_organisations_named_after_a_place_are_not_the_place() -> None:
    assert codes("Ông Nguyễn Thái Bình, Giám đốc Sở, làm việc với bà Hà Nam.") == []
    assert codes("Chủ tịch UBND tỉnh Hoàng Văn Sơn tiếp đoàn.") == []
    assert codes("CLB Hoàng Anh Gia Lai thi đấu ở khu vực Châu Á - Thái Bình Dương.") == []
    assert codes("Tỉnh trưởng Phon-xay Vi-lay-vông dẫn đầu đoàn.") == []
    assert codes("Huyện trưởng Chanthabuly Duangta Soulivong dẫn đầu.") == [("Chanthabuly", "LA-VT")]
    assert codes("Chủ tịch UBND tỉnh Khăm Muồn Phít Sà May tiếp đoàn.") == [("Khăm Muồn", "LA-KH")]


def test_wards_and_streets_named_after_a_unit_are_not_the_unit() -> None:
    assert codes("Trụ sở ở phường Long An, tỉnh Tây Ninh, trên đường Hà Nội.") == [("tỉnh Tây Ninh", "VN-37")]
    assert codes("Thông tấn xã Việt Nam đưa tin từ nông thôn tỉnh Thái Nguyên.") == [
        ("Việt Nam", "VN"), ("tỉnh Thái Nguyên", "VN-69")]
    # "cấp xã" is the level of the unit's own communes, which it names
    assert codes("Đoàn thăm chính quyền cấp xã Hà Tĩnh và cấp phường Đà Nẵng.") == [
        ("Hà Tĩnh", "VN-23"), ("Đà Nẵng", "VN-DN")]


def test_thai_provinces_across_the_mekong_in_vietnamese_spellings() -> None:
    assert codes("Tỉnh Bô-ly-khăm-xay (Lào) và tỉnh Bưng Càn (Thái Lan) nằm hai bên sông Mê Kông.") == [
        ("Bô-ly-khăm-xay", "LA-BL"), ("Lào", "LA"), ("Bưng Càn", "TH-38"), ("Thái Lan", "TH")]
    assert codes("Cầu Hữu nghị nối Sa-vẳn-na-khệt với Mục-đa-hản, còn Thà Khẹt nối với Nakhon Panom.") == [
        ("Sa-vẳn-na-khệt", "LA-SV"), ("Mục-đa-hản", "TH-49"), ("Thà Khẹt", "LA-KH"), ("Nakhon Panom", "TH-48")]
    assert codes("Bà con Việt kiều ở Nọng Khai, U-đon Tha-ni và Khỏn Kèn đón Tết.") == [
        ("Nọng Khai", "TH-43"), ("U-đon Tha-ni", "TH-41"), ("Khỏn Kèn", "TH-40")]


def test_a_belarusian_city_and_its_oblast_under_their_unit_words() -> None:
    assert codes("Thành phố Hải Phòng và TP Minsk (Belarus) ký chương trình hợp tác với tỉnh Minsk.") == [
        ("Thành phố Hải Phòng", "VN-HP"), ("TP Minsk", "BY-HM"), ("Belarus", "BY"), ("tỉnh Minsk", "BY-MI")]
    assert codes("Đoàn tỉnh Gô-men và tỉnh Vi-tép-xcơ thăm Vĩnh Phúc.") == [
        ("Gô-men", "BY-HO"), ("Vi-tép-xcơ", "BY-VI"), ("Vĩnh Phúc", "VN-70")]


def test_partner_cities_roll_up_to_their_first_level_unit() -> None:
    assert codes("Đà Nẵng kết nghĩa với Surabaya, Hải Phòng hợp tác với thành phố Melbourne.") == [
        ("Đà Nẵng", "VN-DN"), ("Surabaya", "ID-JI"), ("Hải Phòng", "VN-HP"), ("thành phố Melbourne", "AU-VIC")]
    assert codes("Bến Tre và tỉnh Holguin (Cuba) ký biên bản; Bình Định đón đoàn Ulan-Ude.") == [
        ("Bến Tre", "VN-50"), ("Holguin", "CU-11"), ("Cuba", "CU"), ("Bình Định", "VN-31"), ("Ulan-Ude", "RU-BU")]


def test_people_a_newspaper_and_a_strait_named_like_a_unit_are_not_the_unit() -> None:
    assert codes("Theo báo Granma, tàu đi qua eo biển Malacca; Tổng thống Vladimir Putin gặp Nữ hoàng Victoria.") == []
    assert codes("Đoàn viếng tượng đài Sukhbaatar rồi gặp nhà văn Milan Kundera.") == []
    assert codes("Tỉnh Granma và bang Victoria cử đoàn sang Cà Mau.") == [
        ("Tỉnh Granma", "CU-12"), ("bang Victoria", "AU-VIC"), ("Cà Mau", "VN-59")]
