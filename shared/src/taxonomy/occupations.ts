/**
 * Vietnamese occupations (VSCO, Decision 34/2020/QĐ-TTg), whose 1- to 4-digit structure follows ISCO-08:
 * every major (1-digit), sub-major (2-digit) and minor (3-digit) group, and the unit groups (4-digit)
 * that people leaving prison are actually hired into, each with the colloquial titles used in job ads
 * ("thợ may" = "công nhân may", "tài xế" = "lái xe", "phụ hồ"). Matching compares codes by shared
 * prefix; search expands a query with the synonyms of the occupation it names.
 */
import { foldedKey } from '../text/fold';
import { bestScore, EXACT, foldedQuery, type Phrase } from './phrase-search';

export type OccupationLevel = 1 | 2 | 3 | 4;

export interface Occupation {
  /** 1 to 4 digits; "0" heads the armed forces. */
  code: string;
  level: OccupationLevel;
  /** The group one digit shorter; undefined for the ten major groups. */
  parentCode: string | undefined;
  /** Vietnamese name in VSCO's style (see README: our rendering where we lack the official wording). */
  nameVi: string;
  /** ISCO-08 English title. */
  nameEn: string;
  /** Colloquial Vietnamese titles from job ads and conversation, as written (with diacritics). */
  synonyms: readonly string[];
}

type Row = [code: string, nameVi: string, nameEn: string, synonyms?: string[]];

const GROUPS: Row[] = [
  ['0', 'Lực lượng quân đội', 'Armed forces occupations'],
  ['1', 'Nhà lãnh đạo trong các ngành, các cấp và các đơn vị', 'Managers'],
  ['2', 'Nhà chuyên môn bậc cao', 'Professionals'],
  ['3', 'Nhà chuyên môn bậc trung', 'Technicians and associate professionals'],
  ['4', 'Nhân viên trợ lý văn phòng', 'Clerical support workers'],
  ['5', 'Nhân viên dịch vụ và bán hàng', 'Service and sales workers'],
  [
    '6',
    'Lao động có kỹ năng trong nông nghiệp, lâm nghiệp và thủy sản',
    'Skilled agricultural, forestry and fishery workers',
  ],
  ['7', 'Lao động thủ công và các nghề nghiệp có liên quan khác', 'Craft and related trades workers'],
  ['8', 'Thợ lắp ráp và vận hành máy móc, thiết bị', 'Plant and machine operators, and assemblers'],
  ['9', 'Lao động giản đơn', 'Elementary occupations'],

  ['01', 'Sĩ quan quân đội', 'Commissioned armed forces officers'],
  ['02', 'Hạ sĩ quan quân đội', 'Non-commissioned armed forces officers'],
  ['03', 'Quân nhân các cấp bậc khác', 'Armed forces occupations, other ranks'],
  [
    '11',
    'Nhà lãnh đạo cấp cao, nhà lập pháp và quan chức cấp cao',
    'Chief executives, senior officials and legislators',
  ],
  ['12', 'Nhà quản lý hành chính và thương mại', 'Administrative and commercial managers'],
  ['13', 'Nhà quản lý sản xuất và dịch vụ chuyên ngành', 'Production and specialised services managers'],
  ['14', 'Nhà quản lý khách sạn, bán lẻ và dịch vụ khác', 'Hospitality, retail and other services managers'],
  ['21', 'Nhà chuyên môn bậc cao về khoa học và kỹ thuật', 'Science and engineering professionals'],
  ['22', 'Nhà chuyên môn bậc cao về sức khỏe', 'Health professionals'],
  ['23', 'Nhà chuyên môn bậc cao về giảng dạy', 'Teaching professionals'],
  ['24', 'Nhà chuyên môn bậc cao về kinh doanh và quản lý', 'Business and administration professionals'],
  [
    '25',
    'Nhà chuyên môn bậc cao về công nghệ thông tin và truyền thông',
    'Information and communications technology professionals',
  ],
  [
    '26',
    'Nhà chuyên môn bậc cao về luật pháp, văn hóa và xã hội',
    'Legal, social and cultural professionals',
  ],
  [
    '31',
    'Nhà chuyên môn bậc trung về khoa học và kỹ thuật',
    'Science and engineering associate professionals',
  ],
  ['32', 'Nhà chuyên môn bậc trung về sức khỏe', 'Health associate professionals'],
  [
    '33',
    'Nhà chuyên môn bậc trung về kinh doanh và quản lý',
    'Business and administration associate professionals',
  ],
  [
    '34',
    'Nhà chuyên môn bậc trung về pháp luật, xã hội, văn hóa và liên quan',
    'Legal, social, cultural and related associate professionals',
  ],
  ['35', 'Kỹ thuật viên thông tin và truyền thông', 'Information and communications technicians'],
  ['41', 'Nhân viên văn phòng và nhân viên đánh máy', 'General and keyboard clerks'],
  ['42', 'Nhân viên dịch vụ khách hàng', 'Customer services clerks'],
  ['43', 'Nhân viên ghi chép số liệu và vật tư', 'Numerical and material recording clerks'],
  ['44', 'Nhân viên hỗ trợ văn phòng khác', 'Other clerical support workers'],
  ['51', 'Nhân viên dịch vụ cá nhân', 'Personal service workers'],
  ['52', 'Nhân viên bán hàng', 'Sales workers'],
  ['53', 'Nhân viên chăm sóc cá nhân', 'Personal care workers'],
  ['54', 'Nhân viên dịch vụ bảo vệ', 'Protective services workers'],
  [
    '61',
    'Lao động có kỹ năng trong nông nghiệp sản xuất hàng hóa',
    'Market-oriented skilled agricultural workers',
  ],
  [
    '62',
    'Lao động có kỹ năng trong lâm nghiệp, thủy sản và săn bắt sản xuất hàng hóa',
    'Market-oriented skilled forestry, fishery and hunting workers',
  ],
  [
    '63',
    'Lao động tự cung tự cấp trong nông nghiệp, lâm nghiệp và thủy sản',
    'Subsistence farmers, fishers, hunters and gatherers',
  ],
  [
    '71',
    'Thợ xây dựng và thợ có liên quan (trừ thợ điện)',
    'Building and related trades workers, excluding electricians',
  ],
  ['72', 'Thợ kim loại, cơ khí và thợ có liên quan', 'Metal, machinery and related trades workers'],
  ['73', 'Thợ thủ công và thợ in', 'Handicraft and printing workers'],
  ['74', 'Thợ điện và thợ điện tử', 'Electrical and electronic trades workers'],
  [
    '75',
    'Thợ chế biến thực phẩm, gia công gỗ, may mặc, đồ thủ công và thợ có liên quan',
    'Food processing, wood working, garment and other craft and related trades workers',
  ],
  ['81', 'Thợ vận hành máy móc và thiết bị cố định', 'Stationary plant and machine operators'],
  ['82', 'Thợ lắp ráp', 'Assemblers'],
  ['83', 'Lái xe và thợ vận hành thiết bị chuyển động', 'Drivers and mobile plant operators'],
  ['91', 'Người quét dọn và giúp việc', 'Cleaners and helpers'],
  [
    '92',
    'Lao động giản đơn trong nông nghiệp, lâm nghiệp và thủy sản',
    'Agricultural, forestry and fishery labourers',
  ],
  [
    '93',
    'Lao động giản đơn trong khai khoáng, xây dựng, công nghiệp chế biến, chế tạo và vận tải',
    'Labourers in mining, construction, manufacturing and transport',
  ],
  ['94', 'Người phụ việc chuẩn bị thực phẩm', 'Food preparation assistants'],
  ['95', 'Người bán hàng rong và cung cấp dịch vụ đường phố', 'Street and related sales and service workers'],
  ['96', 'Người thu gom rác và lao động giản đơn khác', 'Refuse workers and other elementary workers'],

  ['011', 'Sĩ quan quân đội', 'Commissioned armed forces officers'],
  ['021', 'Hạ sĩ quan quân đội', 'Non-commissioned armed forces officers'],
  ['031', 'Quân nhân các cấp bậc khác', 'Armed forces occupations, other ranks'],
  ['111', 'Nhà lập pháp và quan chức cấp cao', 'Legislators and senior officials'],
  ['112', 'Giám đốc điều hành và tổng giám đốc', 'Managing directors and chief executives'],
  ['121', 'Nhà quản lý dịch vụ kinh doanh và hành chính', 'Business services and administration managers'],
  ['122', 'Nhà quản lý kinh doanh, tiếp thị và phát triển', 'Sales, marketing and development managers'],
  [
    '131',
    'Nhà quản lý sản xuất nông nghiệp, lâm nghiệp và thủy sản',
    'Production managers in agriculture, forestry and fisheries',
  ],
  [
    '132',
    'Nhà quản lý sản xuất, khai khoáng, xây dựng và phân phối',
    'Manufacturing, mining, construction and distribution managers',
  ],
  ['133', 'Nhà quản lý dịch vụ công nghệ thông tin và truyền thông', 'ICT service managers'],
  ['134', 'Nhà quản lý dịch vụ chuyên môn', 'Professional services managers'],
  ['141', 'Nhà quản lý khách sạn và nhà hàng', 'Hotel and restaurant managers'],
  ['142', 'Nhà quản lý bán lẻ và bán buôn', 'Retail and wholesale trade managers'],
  ['143', 'Nhà quản lý dịch vụ khác', 'Other services managers'],
  ['211', 'Nhà vật lý và nhà khoa học trái đất', 'Physical and earth science professionals'],
  [
    '212',
    'Nhà toán học, chuyên gia tính toán bảo hiểm và thống kê',
    'Mathematicians, actuaries and statisticians',
  ],
  ['213', 'Nhà chuyên môn về khoa học sự sống', 'Life science professionals'],
  ['214', 'Kỹ sư (trừ kỹ sư điện và điện tử)', 'Engineering professionals (excluding electrotechnology)'],
  ['215', 'Kỹ sư điện, điện tử và viễn thông', 'Electrotechnology engineers'],
  [
    '216',
    'Kiến trúc sư, nhà quy hoạch, khảo sát và thiết kế',
    'Architects, planners, surveyors and designers',
  ],
  ['221', 'Bác sĩ', 'Medical doctors'],
  ['222', 'Nhà chuyên môn về điều dưỡng và hộ sinh', 'Nursing and midwifery professionals'],
  [
    '223',
    'Nhà chuyên môn về y học cổ truyền và bổ sung',
    'Traditional and complementary medicine professionals',
  ],
  ['224', 'Y sĩ', 'Paramedical practitioners'],
  ['225', 'Bác sĩ thú y', 'Veterinarians'],
  ['226', 'Nhà chuyên môn khác về sức khỏe', 'Other health professionals'],
  ['231', 'Giảng viên đại học và cao đẳng', 'University and higher education teachers'],
  ['232', 'Giáo viên giáo dục nghề nghiệp', 'Vocational education teachers'],
  ['233', 'Giáo viên trung học', 'Secondary education teachers'],
  ['234', 'Giáo viên tiểu học và mầm non', 'Primary school and early childhood teachers'],
  ['235', 'Nhà chuyên môn giảng dạy khác', 'Other teaching professionals'],
  ['241', 'Nhà chuyên môn về tài chính', 'Finance professionals'],
  ['242', 'Nhà chuyên môn về quản trị', 'Administration professionals'],
  [
    '243',
    'Nhà chuyên môn về bán hàng, tiếp thị và quan hệ công chúng',
    'Sales, marketing and public relations professionals',
  ],
  [
    '251',
    'Nhà phát triển và phân tích phần mềm, ứng dụng',
    'Software and applications developers and analysts',
  ],
  ['252', 'Nhà chuyên môn về cơ sở dữ liệu và mạng', 'Database and network professionals'],
  ['261', 'Nhà chuyên môn về luật', 'Legal professionals'],
  ['262', 'Thủ thư, lưu trữ viên và người phụ trách bảo tàng', 'Librarians, archivists and curators'],
  ['263', 'Nhà chuyên môn về xã hội và tôn giáo', 'Social and religious professionals'],
  ['264', 'Tác giả, nhà báo và nhà ngôn ngữ học', 'Authors, journalists and linguists'],
  ['265', 'Nghệ sĩ sáng tạo và biểu diễn', 'Creative and performing artists'],
  ['311', 'Kỹ thuật viên khoa học vật lý và kỹ thuật', 'Physical and engineering science technicians'],
  [
    '312',
    'Giám sát viên khai khoáng, sản xuất và xây dựng',
    'Mining, manufacturing and construction supervisors',
  ],
  ['313', 'Kỹ thuật viên điều khiển quy trình', 'Process control technicians'],
  [
    '314',
    'Kỹ thuật viên khoa học sự sống và nhà chuyên môn bậc trung liên quan',
    'Life science technicians and related associate professionals',
  ],
  [
    '315',
    'Kỹ thuật viên và người điều khiển tàu thủy, máy bay',
    'Ship and aircraft controllers and technicians',
  ],
  ['321', 'Kỹ thuật viên y tế và dược', 'Medical and pharmaceutical technicians'],
  [
    '322',
    'Nhà chuyên môn bậc trung về điều dưỡng và hộ sinh',
    'Nursing and midwifery associate professionals',
  ],
  [
    '323',
    'Nhà chuyên môn bậc trung về y học cổ truyền và bổ sung',
    'Traditional and complementary medicine associate professionals',
  ],
  ['324', 'Kỹ thuật viên và trợ lý thú y', 'Veterinary technicians and assistants'],
  ['325', 'Nhà chuyên môn bậc trung khác về sức khỏe', 'Other health associate professionals'],
  [
    '331',
    'Nhà chuyên môn bậc trung về tài chính và toán học',
    'Financial and mathematical associate professionals',
  ],
  ['332', 'Đại lý và môi giới mua bán', 'Sales and purchasing agents and brokers'],
  ['333', 'Đại lý dịch vụ kinh doanh', 'Business services agents'],
  ['334', 'Thư ký hành chính và thư ký chuyên ngành', 'Administrative and specialised secretaries'],
  ['335', 'Nhà chuyên môn bậc trung về quản lý nhà nước', 'Regulatory government associate professionals'],
  [
    '341',
    'Nhà chuyên môn bậc trung về pháp luật, xã hội và tôn giáo',
    'Legal, social and religious associate professionals',
  ],
  ['342', 'Nhân viên thể thao và thể dục', 'Sports and fitness workers'],
  [
    '343',
    'Nhà chuyên môn bậc trung về nghệ thuật, văn hóa và ẩm thực',
    'Artistic, cultural and culinary associate professionals',
  ],
  [
    '351',
    'Kỹ thuật viên vận hành và hỗ trợ người dùng công nghệ thông tin',
    'ICT operations and user support technicians',
  ],
  [
    '352',
    'Kỹ thuật viên viễn thông và phát thanh truyền hình',
    'Telecommunications and broadcasting technicians',
  ],
  ['411', 'Nhân viên văn phòng tổng hợp', 'General office clerks'],
  ['412', 'Thư ký (tổng hợp)', 'Secretaries (general)'],
  ['413', 'Nhân viên đánh máy và nhập dữ liệu', 'Keyboard operators'],
  ['421', 'Nhân viên giao dịch tiền, thu tiền và liên quan', 'Tellers, money collectors and related clerks'],
  ['422', 'Nhân viên thông tin khách hàng', 'Client information workers'],
  ['431', 'Nhân viên ghi chép số liệu', 'Numerical clerks'],
  ['432', 'Nhân viên ghi chép vật tư và vận tải', 'Material-recording and transport clerks'],
  ['441', 'Nhân viên hỗ trợ văn phòng khác', 'Other clerical support workers'],
  [
    '511',
    'Nhân viên phục vụ trên phương tiện, soát vé và hướng dẫn viên du lịch',
    'Travel attendants, conductors and guides',
  ],
  ['512', 'Đầu bếp', 'Cooks'],
  ['513', 'Nhân viên phục vụ bàn và pha chế đồ uống', 'Waiters and bartenders'],
  ['514', 'Thợ cắt tóc, làm đẹp và liên quan', 'Hairdressers, beauticians and related workers'],
  ['515', 'Giám sát vệ sinh, quản gia và trông coi tòa nhà', 'Building and housekeeping supervisors'],
  ['516', 'Nhân viên dịch vụ cá nhân khác', 'Other personal services workers'],
  ['521', 'Người bán hàng trên đường phố và ở chợ', 'Street and market salespersons'],
  ['522', 'Nhân viên bán hàng trong cửa hàng', 'Shop salespersons'],
  ['523', 'Thu ngân và nhân viên bán vé', 'Cashiers and ticket clerks'],
  ['524', 'Nhân viên bán hàng khác', 'Other sales workers'],
  ['531', 'Người trông trẻ và trợ giảng', "Child care workers and teachers' aides"],
  ['532', 'Nhân viên chăm sóc cá nhân trong dịch vụ y tế', 'Personal care workers in health services'],
  ['541', 'Nhân viên dịch vụ bảo vệ', 'Protective services workers'],
  ['611', 'Người trồng rau màu và cây trồng', 'Market gardeners and crop growers'],
  ['612', 'Người chăn nuôi', 'Animal producers'],
  ['613', 'Người trồng trọt và chăn nuôi hỗn hợp', 'Mixed crop and animal producers'],
  ['621', 'Lao động lâm nghiệp và liên quan', 'Forestry and related workers'],
  ['622', 'Lao động thủy sản, săn bắt và đánh bẫy', 'Fishery workers, hunters and trappers'],
  ['631', 'Người trồng trọt tự cung tự cấp', 'Subsistence crop farmers'],
  ['632', 'Người chăn nuôi tự cung tự cấp', 'Subsistence livestock farmers'],
  [
    '633',
    'Người trồng trọt và chăn nuôi hỗn hợp tự cung tự cấp',
    'Subsistence mixed crop and livestock farmers',
  ],
  [
    '634',
    'Người đánh cá, săn bắt, đánh bẫy và hái lượm tự cung tự cấp',
    'Subsistence fishers, hunters, trappers and gatherers',
  ],
  ['711', 'Thợ xây dựng khung nhà và liên quan', 'Building frame and related trades workers'],
  ['712', 'Thợ hoàn thiện công trình và liên quan', 'Building finishers and related trades workers'],
  [
    '713',
    'Thợ sơn, làm sạch công trình và liên quan',
    'Painters, building structure cleaners and related trades workers',
  ],
  [
    '721',
    'Thợ gia công kim loại tấm và kết cấu, thợ đúc, thợ hàn và liên quan',
    'Sheet and structural metal workers, moulders and welders, and related trades workers',
  ],
  ['722', 'Thợ rèn, thợ làm dụng cụ và liên quan', 'Blacksmiths, toolmakers and related trades workers'],
  ['723', 'Thợ cơ khí và sửa chữa máy móc', 'Machinery mechanics and repairers'],
  ['731', 'Thợ thủ công', 'Handicraft workers'],
  ['732', 'Thợ in', 'Printing trades workers'],
  ['741', 'Thợ lắp đặt và sửa chữa thiết bị điện', 'Electrical equipment installers and repairers'],
  [
    '742',
    'Thợ lắp đặt và sửa chữa điện tử, viễn thông',
    'Electronics and telecommunications installers and repairers',
  ],
  ['751', 'Thợ chế biến thực phẩm và liên quan', 'Food processing and related trades workers'],
  ['752', 'Thợ xử lý gỗ, thợ mộc và liên quan', 'Wood treaters, cabinet-makers and related trades workers'],
  ['753', 'Thợ may mặc và liên quan', 'Garment and related trades workers'],
  ['754', 'Thợ thủ công và liên quan khác', 'Other craft and related workers'],
  [
    '811',
    'Thợ vận hành máy khai khoáng và chế biến khoáng sản',
    'Mining and mineral processing plant operators',
  ],
  [
    '812',
    'Thợ vận hành máy chế biến và hoàn thiện kim loại',
    'Metal processing and finishing plant operators',
  ],
  [
    '813',
    'Thợ vận hành máy sản xuất hóa chất và sản phẩm ảnh',
    'Chemical and photographic products plant and machine operators',
  ],
  [
    '814',
    'Thợ vận hành máy sản xuất sản phẩm cao su, nhựa và giấy',
    'Rubber, plastic and paper products machine operators',
  ],
  [
    '815',
    'Thợ vận hành máy sản xuất sản phẩm dệt, lông thú và da',
    'Textile, fur and leather products machine operators',
  ],
  [
    '816',
    'Thợ vận hành máy chế biến thực phẩm và sản phẩm liên quan',
    'Food and related products machine operators',
  ],
  ['817', 'Thợ vận hành máy chế biến gỗ và sản xuất giấy', 'Wood processing and papermaking plant operators'],
  ['818', 'Thợ vận hành máy móc và thiết bị cố định khác', 'Other stationary plant and machine operators'],
  ['821', 'Thợ lắp ráp', 'Assemblers'],
  ['831', 'Lái tàu hỏa và liên quan', 'Locomotive engine drivers and related workers'],
  ['832', 'Lái xe ô tô con, xe tải nhỏ và xe mô tô', 'Car, van and motorcycle drivers'],
  ['833', 'Lái xe tải hạng nặng và xe buýt', 'Heavy truck and bus drivers'],
  ['834', 'Thợ vận hành thiết bị chuyển động', 'Mobile plant operators'],
  ['835', 'Thủy thủ boong và liên quan', "Ships' deck crews and related workers"],
  [
    '911',
    'Người giúp việc và quét dọn trong gia đình, khách sạn, văn phòng',
    'Domestic, hotel and office cleaners and helpers',
  ],
  [
    '912',
    'Người rửa xe, lau kính, giặt là và làm sạch thủ công khác',
    'Vehicle, window, laundry and other hand cleaning workers',
  ],
  [
    '921',
    'Lao động giản đơn nông nghiệp, lâm nghiệp và thủy sản',
    'Agricultural, forestry and fishery labourers',
  ],
  ['931', 'Lao động giản đơn trong khai khoáng và xây dựng', 'Mining and construction labourers'],
  ['932', 'Lao động giản đơn trong công nghiệp chế biến, chế tạo', 'Manufacturing labourers'],
  ['933', 'Lao động giản đơn trong vận tải và kho bãi', 'Transport and storage labourers'],
  ['941', 'Người phụ việc chuẩn bị thực phẩm', 'Food preparation assistants'],
  ['951', 'Người cung cấp dịch vụ trên đường phố', 'Street and related service workers'],
  ['952', 'Người bán hàng rong (trừ thực phẩm)', 'Street vendors (excluding food)'],
  ['961', 'Người thu gom và phân loại rác', 'Refuse workers'],
  ['962', 'Lao động giản đơn khác', 'Other elementary workers'],
];

/** Unit groups (4 digits, ISCO-08 codes that VSCO keeps), chosen for the jobs returnees are hired into. */
const UNITS: Row[] = [
  // 1 Managers: small shops and eateries, which returnees sometimes run or are promoted to.
  ['1412', 'Nhà quản lý nhà hàng', 'Restaurant managers', ['quản lý nhà hàng', 'quản lý quán ăn']],
  [
    '1420',
    'Nhà quản lý bán lẻ và bán buôn',
    'Retail and wholesale trade managers',
    ['quản lý cửa hàng', 'cửa hàng trưởng', 'quản lý siêu thị'],
  ],
  // 2 Professionals
  [
    '2166',
    'Nhà thiết kế đồ họa và đa phương tiện',
    'Graphic and multimedia designers',
    ['thiết kế đồ họa', 'designer'],
  ],
  [
    '2320',
    'Giáo viên giáo dục nghề nghiệp',
    'Vocational education teachers',
    ['giáo viên dạy nghề', 'giảng viên dạy nghề'],
  ],
  ['2411', 'Kế toán viên', 'Accountants', ['kế toán trưởng', 'kiểm toán viên', 'chuyên viên kế toán']],
  [
    '2512',
    'Nhà phát triển phần mềm',
    'Software developers',
    ['lập trình viên', 'kỹ sư phần mềm', 'developer'],
  ],
  [
    '2635',
    'Nhà chuyên môn về công tác xã hội và tư vấn',
    'Social work and counselling professionals',
    ['cán bộ công tác xã hội', 'tư vấn viên tâm lý', 'chuyên viên tư vấn tâm lý'],
  ],
  // 3 Technicians and associate professionals
  [
    '3112',
    'Kỹ thuật viên xây dựng dân dụng',
    'Civil engineering technicians',
    ['kỹ thuật viên xây dựng', 'kỹ thuật công trường', 'trắc địa công trình'],
  ],
  ['3113', 'Kỹ thuật viên điện', 'Electrical engineering technicians', ['kỹ thuật điện']],
  ['3114', 'Kỹ thuật viên điện tử', 'Electronics engineering technicians', ['kỹ thuật điện tử']],
  ['3115', 'Kỹ thuật viên cơ khí', 'Mechanical engineering technicians', ['kỹ thuật cơ khí']],
  ['3118', 'Người vẽ kỹ thuật', 'Draughtspersons', ['họa viên', 'họa viên kiến trúc', 'vẽ autocad']],
  [
    '3122',
    'Giám sát viên sản xuất',
    'Manufacturing supervisors',
    ['tổ trưởng sản xuất', 'trưởng chuyền', 'chuyền trưởng', 'trưởng ca sản xuất'],
  ],
  [
    '3123',
    'Giám sát viên xây dựng',
    'Construction supervisors',
    ['đốc công', 'cai thợ', 'giám sát công trình'],
  ],
  [
    '3132',
    'Thợ vận hành hệ thống xử lý nước và lò đốt rác',
    'Incinerator and water treatment plant operators',
    ['vận hành hệ thống xử lý nước thải', 'vận hành trạm xử lý nước', 'công nhân xử lý nước'],
  ],
  [
    '3257',
    'Thanh tra viên môi trường và an toàn, vệ sinh lao động',
    'Environmental and occupational health inspectors',
    ['cán bộ an toàn lao động', 'nhân viên HSE', 'an toàn viên'],
  ],
  [
    '3313',
    'Kế toán viên bậc trung',
    'Accounting associate professionals',
    ['kế toán', 'nhân viên kế toán', 'kế toán nội bộ', 'kế toán bán hàng'],
  ],
  [
    '3322',
    'Đại diện bán hàng thương mại',
    'Commercial sales representatives',
    ['nhân viên kinh doanh', 'nhân viên sales', 'đại diện bán hàng', 'sale'],
  ],
  [
    '3331',
    'Đại lý giao nhận và thông quan',
    'Clearing and forwarding agents',
    ['nhân viên xuất nhập khẩu', 'nhân viên giao nhận', 'khai báo hải quan', 'forwarder'],
  ],
  [
    '3334',
    'Đại lý bất động sản và quản lý tài sản',
    'Real estate agents and property managers',
    ['môi giới bất động sản', 'sale bất động sản'],
  ],
  [
    '3412',
    'Nhân viên công tác xã hội bậc trung',
    'Social work associate professionals',
    ['nhân viên công tác xã hội', 'cộng tác viên công tác xã hội', 'cán bộ hỗ trợ tái hòa nhập'],
  ],
  [
    '3423',
    'Huấn luyện viên thể dục và giải trí',
    'Fitness and recreation instructors and program leaders',
    ['huấn luyện viên gym', 'huấn luyện viên thể hình', 'PT'],
  ],
  ['3431', 'Thợ chụp ảnh', 'Photographers', ['nhiếp ảnh gia', 'thợ ảnh', 'chụp ảnh cưới']],
  ['3434', 'Bếp trưởng', 'Chefs', ['bếp chính', 'chef']],
  [
    '3512',
    'Kỹ thuật viên hỗ trợ người dùng công nghệ thông tin',
    'ICT user support technicians',
    ['IT helpdesk', 'IT support', 'kỹ thuật viên máy tính', 'thợ sửa máy tính'],
  ],
  [
    '3513',
    'Kỹ thuật viên mạng và hệ thống máy tính',
    'Computer network and systems technicians',
    ['kỹ thuật viên mạng', 'quản trị mạng'],
  ],
  [
    '3521',
    'Kỹ thuật viên phát thanh, truyền hình và nghe nhìn',
    'Broadcasting and audiovisual technicians',
    ['quay phim', 'dựng phim', 'kỹ thuật âm thanh ánh sáng', 'editor video'],
  ],
  // 4 Clerical support
  [
    '4110',
    'Nhân viên văn phòng tổng hợp',
    'General office clerks',
    ['nhân viên văn phòng', 'nhân viên hành chính', 'hành chính văn phòng'],
  ],
  ['4132', 'Nhân viên nhập dữ liệu', 'Data entry clerks', ['nhập liệu', 'nhân viên nhập liệu', 'đánh máy']],
  [
    '4222',
    'Nhân viên tổng đài thông tin',
    'Contact centre information clerks',
    ['tổng đài viên', 'nhân viên call center', 'nhân viên chăm sóc khách hàng', 'nhân viên CSKH'],
  ],
  [
    '4224',
    'Lễ tân khách sạn',
    'Hotel receptionists',
    ['nhân viên lễ tân khách sạn', 'receptionist khách sạn'],
  ],
  ['4226', 'Nhân viên lễ tân', 'Receptionists (general)', ['lễ tân', 'tiếp tân', 'nhân viên tiếp tân']],
  [
    '4311',
    'Nhân viên ghi chép sổ sách kế toán',
    'Accounting and bookkeeping clerks',
    ['nhân viên chứng từ', 'kế toán kho', 'nhân viên ghi sổ'],
  ],
  ['4321', 'Thủ kho', 'Stock clerks', ['nhân viên kho', 'nhân viên kiểm kê', 'quản lý kho']],
  [
    '4322',
    'Nhân viên điều độ sản xuất',
    'Production clerks',
    ['nhân viên kế hoạch sản xuất', 'điều độ sản xuất', 'nhân viên thống kê xưởng'],
  ],
  [
    '4323',
    'Nhân viên điều phối vận tải',
    'Transport clerks',
    ['điều phối xe', 'nhân viên điều vận', 'điều độ vận tải'],
  ],
  [
    '4412',
    'Bưu tá và nhân viên chia chọn thư',
    'Mail carriers and sorting clerks',
    ['bưu tá', 'nhân viên bưu điện', 'nhân viên chia chọn bưu phẩm'],
  ],
  // 5 Service and sales
  [
    '5112',
    'Nhân viên soát vé và phụ xe',
    'Transport conductors',
    ['phụ xe', 'lơ xe', 'nhân viên soát vé', 'tiếp viên xe khách'],
  ],
  ['5113', 'Hướng dẫn viên du lịch', 'Travel guides', ['hướng dẫn viên', 'tour guide']],
  [
    '5120',
    'Đầu bếp',
    'Cooks',
    ['thợ nấu ăn', 'nấu ăn', 'cấp dưỡng', 'đầu bếp nhà hàng', 'nấu bếp ăn công nghiệp', 'nhân viên bếp'],
  ],
  [
    '5131',
    'Nhân viên phục vụ bàn',
    'Waiters',
    ['phục vụ', 'bồi bàn', 'chạy bàn', 'nhân viên phục vụ nhà hàng', 'phục vụ quán cà phê'],
  ],
  [
    '5132',
    'Nhân viên pha chế đồ uống',
    'Bartenders',
    ['pha chế', 'bartender', 'barista', 'nhân viên pha chế'],
  ],
  [
    '5141',
    'Thợ cắt tóc, làm tóc',
    'Hairdressers',
    ['thợ cắt tóc', 'thợ làm tóc', 'thợ hớt tóc', 'barber', 'thợ uốn tóc'],
  ],
  [
    '5142',
    'Thợ làm đẹp và liên quan',
    'Beauticians and related workers',
    [
      'thợ làm móng',
      'thợ nail',
      'kỹ thuật viên spa',
      'nhân viên spa',
      'thợ trang điểm',
      'kỹ thuật viên massage',
    ],
  ],
  [
    '5151',
    'Giám sát vệ sinh và buồng phòng',
    'Cleaning and housekeeping supervisors in offices, hotels and other establishments',
    ['giám sát buồng phòng', 'tổ trưởng tạp vụ', 'giám sát vệ sinh'],
  ],
  ['5152', 'Quản gia', 'Domestic housekeepers', ['quản gia gia đình']],
  [
    '5153',
    'Người trông coi tòa nhà',
    'Building caretakers',
    ['nhân viên trông coi tòa nhà', 'người trông nhà', 'trông coi chung cư'],
  ],
  [
    '5164',
    'Người chăm sóc vật nuôi và thú cưng',
    'Pet groomers and animal care workers',
    ['chăm sóc thú cưng', 'cắt tỉa lông thú cưng', 'groomer'],
  ],
  ['5165', 'Giáo viên dạy lái xe', 'Driving instructors', ['thầy dạy lái xe', 'giáo viên dạy lái']],
  [
    '5211',
    'Người bán hàng ở chợ và quầy hàng',
    'Stall and market salespersons',
    ['bán hàng ở chợ', 'tiểu thương', 'bán hàng chợ'],
  ],
  [
    '5212',
    'Người bán thức ăn đường phố',
    'Street food salespersons',
    ['bán đồ ăn vặt', 'bán hàng ăn vỉa hè', 'bán xôi', 'bán bánh mì'],
  ],
  ['5221', 'Chủ cửa hàng', 'Shopkeepers', ['chủ tiệm tạp hóa', 'bán tạp hóa']],
  ['5222', 'Giám sát cửa hàng', 'Shop supervisors', ['giám sát bán hàng', 'trưởng ca cửa hàng']],
  [
    '5223',
    'Nhân viên bán hàng',
    'Shop sales assistants',
    ['bán hàng', 'nhân viên cửa hàng', 'nhân viên siêu thị', 'nhân viên tư vấn bán hàng'],
  ],
  [
    '5230',
    'Thu ngân và nhân viên bán vé',
    'Cashiers and ticket clerks',
    ['thu ngân', 'nhân viên thu ngân', 'bán vé'],
  ],
  [
    '5242',
    'Nhân viên giới thiệu sản phẩm',
    'Sales demonstrators',
    ['PG', 'PB', 'nhân viên tiếp thị', 'nhân viên trưng bày sản phẩm'],
  ],
  [
    '5243',
    'Nhân viên bán hàng tận nhà',
    'Door-to-door salespersons',
    ['bán hàng tận nhà', 'bán hàng tận nơi', 'tiếp thị tận nhà'],
  ],
  [
    '5244',
    'Nhân viên bán hàng qua điện thoại',
    'Contact centre salespersons',
    ['telesales', 'bán hàng qua điện thoại'],
  ],
  [
    '5245',
    'Nhân viên bán xăng dầu',
    'Service station attendants',
    ['bán xăng', 'nhân viên cây xăng', 'nhân viên đổ xăng'],
  ],
  [
    '5246',
    'Nhân viên quầy phục vụ đồ ăn',
    'Food service counter attendants',
    ['nhân viên quầy thức ăn nhanh', 'nhân viên căng tin', 'nhân viên bếp ăn tự chọn'],
  ],
  [
    '5249',
    'Nhân viên bán hàng khác',
    'Sales workers not elsewhere classified',
    ['bán hàng online', 'bán hàng qua mạng', 'livestream bán hàng'],
  ],
  ['5311', 'Người trông trẻ', 'Child care workers', ['bảo mẫu', 'trông trẻ', 'người giữ trẻ']],
  [
    '5321',
    'Hộ lý và nhân viên chăm sóc tại cơ sở y tế',
    'Health care assistants',
    ['hộ lý', 'hộ lý bệnh viện', 'nhân viên chăm sóc bệnh nhân'],
  ],
  [
    '5322',
    'Nhân viên chăm sóc cá nhân tại nhà',
    'Home-based personal care workers',
    [
      'chăm sóc người già',
      'chăm sóc người cao tuổi',
      'điều dưỡng tại nhà',
      'nuôi bệnh thuê',
      'người chăm bệnh',
    ],
  ],
  [
    '5414',
    'Nhân viên bảo vệ',
    'Security guards',
    ['bảo vệ', 'bảo vệ tòa nhà', 'bảo vệ nhà máy', 'bảo vệ công trường', 'vệ sĩ', 'bảo vệ siêu thị'],
  ],
  // 6 Skilled agriculture, forestry and fishery
  [
    '6111',
    'Người trồng cây lương thực và rau màu',
    'Field crop and vegetable growers',
    ['trồng lúa', 'trồng rau', 'làm ruộng', 'nông dân trồng rau'],
  ],
  [
    '6112',
    'Người trồng cây lâu năm',
    'Tree and shrub crop growers',
    ['trồng cây ăn quả', 'trồng cà phê', 'trồng chè', 'trồng cao su', 'công nhân cao su', 'cạo mủ cao su'],
  ],
  [
    '6113',
    'Người làm vườn, trồng hoa, cây cảnh và vườn ươm',
    'Gardeners, horticultural and nursery growers',
    ['làm vườn', 'thợ làm vườn', 'trồng hoa', 'trồng cây cảnh', 'vườn ươm'],
  ],
  ['6114', 'Người trồng trọt hỗn hợp', 'Mixed crop growers', ['trồng trọt', 'nông dân']],
  [
    '6121',
    'Người chăn nuôi gia súc và bò sữa',
    'Livestock and dairy producers',
    ['chăn nuôi lợn', 'nuôi heo', 'chăn nuôi bò', 'chăn nuôi gia súc', 'nuôi bò sữa'],
  ],
  [
    '6122',
    'Người chăn nuôi gia cầm',
    'Poultry producers',
    ['nuôi gà', 'chăn nuôi gà', 'nuôi vịt', 'chăn nuôi gia cầm'],
  ],
  ['6123', 'Người nuôi ong và nuôi tằm', 'Apiarists and sericulturists', ['nuôi ong', 'nuôi tằm']],
  [
    '6130',
    'Người trồng trọt và chăn nuôi hỗn hợp',
    'Mixed crop and animal producers',
    ['làm nông', 'làm trang trại', 'mô hình VAC'],
  ],
  [
    '6210',
    'Lao động trồng và khai thác rừng',
    'Forestry and related workers',
    ['trồng rừng', 'khai thác gỗ', 'lâm nghiệp', 'công nhân lâm trường'],
  ],
  [
    '6221',
    'Lao động nuôi trồng thủy sản',
    'Aquaculture workers',
    ['nuôi tôm', 'nuôi cá', 'nuôi trồng thủy sản', 'nuôi cá lồng', 'nuôi hàu'],
  ],
  [
    '6222',
    'Ngư dân đánh bắt ven bờ và nội địa',
    'Inland and coastal waters fishery workers',
    ['ngư dân', 'đánh cá', 'đánh bắt cá', 'đánh bắt ven bờ'],
  ],
  [
    '6223',
    'Ngư dân đánh bắt xa bờ',
    'Deep-sea fishery workers',
    ['đánh bắt xa bờ', 'thuyền viên tàu cá', 'bạn thuyền'],
  ],
  // 7 Craft and related trades
  ['7111', 'Thợ xây nhà', 'House builders', ['thợ làm nhà', 'thợ xây nhà trọn gói']],
  [
    '7112',
    'Thợ nề và thợ có liên quan',
    'Bricklayers and related workers',
    ['thợ xây', 'thợ hồ', 'thợ nề', 'thợ xây dựng', 'thợ xây tô'],
  ],
  [
    '7113',
    'Thợ đá, thợ cắt và chạm khắc đá',
    'Stonemasons, stone cutters, splitters and carvers',
    ['thợ đá', 'thợ đục đá', 'thợ chế tác đá'],
  ],
  [
    '7114',
    'Thợ bê tông và liên quan',
    'Concrete placers, concrete finishers and related workers',
    ['thợ bê tông', 'thợ đổ bê tông', 'thợ mài sàn bê tông'],
  ],
  [
    '7115',
    'Thợ mộc xây dựng',
    'Carpenters and joiners',
    ['thợ cốp pha', 'thợ mộc cốp pha', 'thợ mộc công trình'],
  ],
  [
    '7119',
    'Thợ xây dựng khung nhà và liên quan khác',
    'Building frame and related trades workers not elsewhere classified',
    ['thợ giàn giáo', 'thợ dựng giàn giáo', 'thợ phá dỡ công trình', 'thợ chống thấm'],
  ],
  ['7121', 'Thợ lợp mái', 'Roofers', ['thợ lợp tôn', 'thợ lợp ngói']],
  [
    '7122',
    'Thợ lát sàn và ốp lát',
    'Floor layers and tile setters',
    ['thợ ốp lát', 'thợ lát gạch', 'thợ ốp gạch', 'thợ lát sàn gỗ'],
  ],
  ['7123', 'Thợ trát', 'Plasterers', ['thợ tô tường', 'thợ thạch cao', 'thợ làm trần thạch cao']],
  [
    '7124',
    'Thợ lắp đặt vật liệu cách nhiệt',
    'Insulation workers',
    ['thợ bảo ôn', 'thợ cách nhiệt', 'thợ cách âm'],
  ],
  ['7125', 'Thợ kính', 'Glaziers', ['thợ nhôm kính', 'thợ lắp kính', 'thợ cửa kính']],
  [
    '7126',
    'Thợ ống nước và lắp đặt đường ống',
    'Plumbers and pipe fitters',
    ['thợ ống nước', 'thợ nước', 'thợ sửa ống nước', 'thợ lắp đặt đường ống', 'thợ điện nước'],
  ],
  [
    '7127',
    'Thợ điện lạnh',
    'Air conditioning and refrigeration mechanics',
    ['thợ sửa điều hòa', 'thợ lắp điều hòa', 'thợ sửa tủ lạnh', 'thợ điện lạnh công nghiệp'],
  ],
  [
    '7131',
    'Thợ sơn và liên quan',
    'Painters and related workers',
    ['thợ sơn', 'thợ sơn nhà', 'thợ sơn bả', 'thợ sơn nước', 'thợ dán giấy tường'],
  ],
  [
    '7132',
    'Thợ phun sơn và đánh vecni',
    'Spray painters and varnishers',
    ['thợ phun sơn', 'thợ sơn PU', 'thợ sơn tĩnh điện', 'thợ sơn ô tô'],
  ],
  [
    '7133',
    'Thợ làm sạch công trình',
    'Building structure cleaners',
    ['thợ phun cát', 'thợ làm sạch bề mặt', 'thợ vệ sinh mặt ngoài công trình'],
  ],
  [
    '7211',
    'Thợ đúc và làm khuôn đúc kim loại',
    'Metal moulders and coremakers',
    ['thợ đúc', 'công nhân đúc', 'thợ làm khuôn đúc'],
  ],
  [
    '7212',
    'Thợ hàn và thợ cắt kim loại',
    'Welders and flamecutters',
    [
      'thợ hàn',
      'công nhân hàn',
      'thợ hàn điện',
      'thợ hàn xì',
      'thợ hàn MIG',
      'thợ hàn TIG',
      'thợ cắt hơi',
      'thợ hàn ống',
    ],
  ],
  [
    '7213',
    'Thợ gò kim loại tấm',
    'Sheet-metal workers',
    ['thợ gò', 'thợ gò hàn', 'thợ tôn', 'thợ gò tôn', 'thợ đồng ô tô'],
  ],
  [
    '7214',
    'Thợ lắp dựng kết cấu kim loại',
    'Structural-metal preparers and erectors',
    ['thợ sắt', 'thợ kết cấu thép', 'thợ lắp dựng nhà thép tiền chế', 'thợ cốt thép', 'thợ làm cửa sắt'],
  ],
  [
    '7215',
    'Thợ kéo cáp và nối cáp',
    'Riggers and cable splicers',
    ['thợ rigging', 'thợ móc cáp', 'xi nhan cẩu', 'thợ kéo cáp'],
  ],
  [
    '7221',
    'Thợ rèn',
    'Blacksmiths, hammersmiths and forging press workers',
    ['công nhân rèn dập', 'thợ rèn dao'],
  ],
  [
    '7222',
    'Thợ làm khuôn mẫu và dụng cụ',
    'Toolmakers and related workers',
    ['thợ làm khuôn', 'thợ khuôn mẫu', 'thợ nguội', 'thợ nguội khuôn'],
  ],
  [
    '7223',
    'Thợ đứng máy công cụ gia công kim loại',
    'Metal working machine tool setters and operators',
    [
      'thợ tiện',
      'thợ phay',
      'thợ CNC',
      'công nhân vận hành máy CNC',
      'thợ cơ khí',
      'công nhân cơ khí',
      'thợ dập',
      'công nhân dập',
    ],
  ],
  [
    '7224',
    'Thợ mài và đánh bóng kim loại',
    'Metal polishers, wheel grinders and tool sharpeners',
    ['thợ mài', 'thợ đánh bóng', 'thợ mài dao kéo'],
  ],
  [
    '7231',
    'Thợ sửa chữa xe có động cơ',
    'Motor vehicle mechanics and repairers',
    [
      'thợ sửa xe',
      'thợ sửa xe máy',
      'thợ sửa ô tô',
      'thợ máy ô tô',
      'thợ gầm ô tô',
      'thợ vá xe',
      'thợ sửa xe tải',
      'kỹ thuật viên sửa chữa ô tô',
    ],
  ],
  [
    '7233',
    'Thợ sửa chữa máy nông nghiệp và máy công nghiệp',
    'Agricultural and industrial machinery mechanics and repairers',
    [
      'thợ bảo trì',
      'thợ bảo trì máy',
      'kỹ thuật bảo trì',
      'thợ sửa máy công nghiệp',
      'thợ sửa máy nông nghiệp',
      'thợ máy may',
    ],
  ],
  [
    '7234',
    'Thợ sửa xe đạp và liên quan',
    'Bicycle and related repairers',
    ['thợ sửa xe đạp', 'thợ sửa xe điện', 'thợ sửa xe lăn'],
  ],
  ['7313', 'Thợ kim hoàn', 'Jewellery and precious-metal workers', ['thợ bạc', 'thợ vàng']],
  ['7314', 'Thợ gốm', 'Potters and related workers', ['thợ làm gốm']],
  [
    '7316',
    'Thợ kẻ biển, trang trí và khắc',
    'Sign writers, decorative painters, engravers and etchers',
    ['thợ làm biển quảng cáo', 'thợ kẻ biển', 'thợ sơn mài', 'thợ khắc'],
  ],
  [
    '7317',
    'Thợ thủ công đồ gỗ, mây tre đan',
    'Handicraft workers in wood, basketry and related materials',
    ['thợ mây tre đan', 'đan mây tre', 'đan lát', 'thợ đan cói', 'thợ chạm khắc gỗ', 'thợ làm nón lá'],
  ],
  [
    '7318',
    'Thợ thủ công dệt, da và liên quan',
    'Handicraft workers in textile, leather and related materials',
    ['thợ dệt thổ cẩm', 'dệt tay', 'thợ làm đồ da thủ công'],
  ],
  ['7321', 'Kỹ thuật viên chế bản', 'Pre-press technicians', ['thợ chế bản', 'thợ làm bản in']],
  ['7322', 'Thợ in', 'Printers', ['công nhân in', 'thợ in lụa', 'thợ in offset', 'thợ in ấn']],
  [
    '7323',
    'Thợ hoàn thiện sản phẩm in và đóng sách',
    'Print finishing and binding workers',
    ['thợ đóng sách', 'thợ gia công sau in', 'thợ cán màng'],
  ],
  [
    '7411',
    'Thợ điện công trình',
    'Building and related electricians',
    ['thợ điện', 'thợ điện dân dụng', 'thợ điện nhà', 'thợ điện công trình xây dựng'],
  ],
  [
    '7412',
    'Thợ cơ điện',
    'Electrical mechanics and fitters',
    ['thợ điện công nghiệp', 'thợ quấn mô tơ', 'thợ điện ô tô', 'thợ sửa chữa thiết bị điện'],
  ],
  [
    '7413',
    'Thợ lắp đặt và sửa chữa đường dây điện',
    'Electrical line installers and repairers',
    ['thợ đường dây', 'công nhân đường dây điện', 'thợ điện lực'],
  ],
  [
    '7421',
    'Thợ sửa chữa điện tử',
    'Electronics mechanics and servicers',
    ['thợ điện tử', 'thợ sửa điện thoại', 'thợ sửa tivi', 'thợ sửa đồ điện tử'],
  ],
  [
    '7422',
    'Thợ lắp đặt và sửa chữa thiết bị công nghệ thông tin và viễn thông',
    'Information and communications technology installers and servicers',
    ['thợ lắp camera', 'thợ lắp đặt mạng', 'kỹ thuật viên lắp đặt internet', 'thợ cáp quang'],
  ],
  [
    '7511',
    'Thợ giết mổ, pha lóc thịt, cá và chế biến thực phẩm liên quan',
    'Butchers, fishmongers and related food preparers',
    [
      'thợ giết mổ',
      'thợ pha lóc thịt',
      'công nhân giết mổ',
      'công nhân phi lê cá',
      'công nhân chế biến thủy sản',
    ],
  ],
  [
    '7512',
    'Thợ làm bánh',
    'Bakers, pastry-cooks and confectionery makers',
    ['thợ làm bánh mì', 'thợ bánh ngọt', 'thợ làm kẹo'],
  ],
  [
    '7514',
    'Thợ bảo quản và chế biến rau quả',
    'Fruit, vegetable and related preservers',
    ['công nhân chế biến rau quả', 'thợ sấy nông sản'],
  ],
  ['7521', 'Thợ xử lý gỗ', 'Wood treaters', ['thợ sấy gỗ', 'thợ tẩm gỗ']],
  [
    '7522',
    'Thợ mộc đồ gỗ',
    'Cabinet-makers and related workers',
    ['thợ mộc', 'thợ mộc dân dụng', 'thợ đóng đồ gỗ', 'thợ mộc nội thất', 'công nhân mộc'],
  ],
  [
    '7523',
    'Thợ đứng máy chế biến gỗ',
    'Woodworking-machine tool setters and operators',
    ['thợ máy chế biến gỗ', 'công nhân vận hành máy cưa', 'thợ CNC gỗ', 'công nhân chế biến gỗ'],
  ],
  [
    '7531',
    'Thợ may đo',
    'Tailors, dressmakers, furriers and hatters',
    ['thợ may dân dụng', 'thợ may quần áo', 'thợ sửa quần áo', 'thợ may áo dài'],
  ],
  [
    '7532',
    'Thợ cắt và làm rập may',
    'Garment and related pattern-makers and cutters',
    ['thợ cắt vải', 'thợ rập', 'thợ giác sơ đồ', 'công nhân cắt'],
  ],
  [
    '7533',
    'Thợ khâu, thêu và liên quan',
    'Sewing, embroidery and related workers',
    ['thợ thêu', 'thợ thêu tay', 'thợ khâu tay'],
  ],
  ['7534', 'Thợ bọc nệm', 'Upholsterers and related workers', ['thợ bọc ghế', 'thợ bọc sofa', 'thợ làm nệm']],
  [
    '7536',
    'Thợ đóng giày',
    'Shoemakers and related workers',
    ['thợ sửa giày', 'thợ làm giày thủ công', 'thợ sửa giày dép'],
  ],
  [
    '7543',
    'Nhân viên phân loại và kiểm tra sản phẩm',
    'Product graders and testers (excluding foods and beverages)',
    ['công nhân QC', 'nhân viên KCS', 'công nhân kiểm hàng', 'kiểm tra chất lượng sản phẩm', 'QC'],
  ],
  [
    '7544',
    'Thợ phun thuốc diệt côn trùng và cỏ dại',
    'Fumigators and other pest and weed controllers',
    ['thợ diệt côn trùng', 'nhân viên diệt mối', 'phun thuốc diệt muỗi'],
  ],
  [
    '7549',
    'Thợ thủ công và liên quan khác',
    'Craft and related workers not elsewhere classified',
    ['thợ làm hoa giả', 'thợ cắm hoa', 'thợ làm đồ handmade'],
  ],
  // 8 Plant and machine operators, and assemblers
  [
    '8111',
    'Thợ mỏ và khai thác đá',
    'Miners and quarriers',
    ['thợ mỏ', 'công nhân mỏ', 'công nhân khai thác than', 'thợ lò', 'công nhân khai thác đá'],
  ],
  [
    '8112',
    'Thợ vận hành máy chế biến khoáng sản và đá',
    'Mineral and stone processing plant operators',
    ['vận hành máy nghiền đá', 'công nhân nghiền sàng đá', 'công nhân tuyển than'],
  ],
  [
    '8114',
    'Thợ vận hành máy sản xuất xi măng, đá và sản phẩm khoáng khác',
    'Cement, stone and other mineral products machine operators',
    [
      'công nhân sản xuất gạch',
      'công nhân làm gạch không nung',
      'công nhân sản xuất cấu kiện bê tông',
      'công nhân nhà máy xi măng',
    ],
  ],
  [
    '8121',
    'Thợ vận hành máy chế biến kim loại',
    'Metal processing plant operators',
    ['công nhân luyện kim', 'công nhân cán thép', 'công nhân lò luyện'],
  ],
  [
    '8122',
    'Thợ vận hành máy mạ và phủ kim loại',
    'Metal finishing, plating and coating machine operators',
    ['thợ mạ', 'công nhân mạ kẽm', 'công nhân xi mạ'],
  ],
  [
    '8131',
    'Thợ vận hành máy sản xuất hóa chất',
    'Chemical products plant and machine operators',
    ['công nhân hóa chất', 'công nhân sản xuất sơn', 'vận hành máy pha trộn hóa chất'],
  ],
  [
    '8141',
    'Thợ vận hành máy sản xuất sản phẩm cao su',
    'Rubber products machine operators',
    ['công nhân sản xuất săm lốp', 'vận hành máy lưu hóa cao su', 'công nhân sản phẩm cao su'],
  ],
  [
    '8142',
    'Thợ vận hành máy sản xuất sản phẩm nhựa',
    'Plastic products machine operators',
    ['công nhân ép nhựa', 'thợ ép nhựa', 'vận hành máy ép nhựa', 'công nhân nhựa', 'công nhân thổi màng'],
  ],
  [
    '8143',
    'Thợ vận hành máy sản xuất sản phẩm giấy',
    'Paper products machine operators',
    ['công nhân bao bì carton', 'công nhân sản xuất thùng carton', 'vận hành máy bế hộp'],
  ],
  [
    '8151',
    'Thợ vận hành máy sợi',
    'Fibre preparing, spinning and winding machine operators',
    ['công nhân sợi', 'công nhân kéo sợi', 'đứng máy sợi'],
  ],
  [
    '8152',
    'Thợ vận hành máy dệt và máy đan',
    'Weaving and knitting machine operators',
    ['công nhân dệt', 'thợ dệt', 'công nhân dệt kim', 'đứng máy dệt'],
  ],
  [
    '8153',
    'Thợ vận hành máy may',
    'Sewing machine operators',
    [
      'thợ may',
      'công nhân may',
      'thợ may công nghiệp',
      'công nhân may công nghiệp',
      'may công nghiệp',
      'công nhân may mặc',
      'thợ vắt sổ',
    ],
  ],
  [
    '8154',
    'Thợ vận hành máy tẩy, nhuộm và làm sạch vải',
    'Bleaching, dyeing and fabric cleaning machine operators',
    ['công nhân nhuộm', 'thợ nhuộm', 'công nhân wash', 'công nhân giặt mài'],
  ],
  [
    '8156',
    'Thợ vận hành máy sản xuất giày',
    'Shoemaking and related machine operators',
    [
      'công nhân giày da',
      'công nhân da giày',
      'công nhân làm giày',
      'thợ gò giày',
      'công nhân may mũ giày',
      'công nhân ngành giày',
    ],
  ],
  [
    '8157',
    'Thợ vận hành máy giặt công nghiệp',
    'Laundry machine operators',
    ['công nhân giặt là công nghiệp', 'vận hành máy giặt công nghiệp', 'nhân viên xưởng giặt'],
  ],
  [
    '8160',
    'Thợ vận hành máy chế biến thực phẩm và sản phẩm liên quan',
    'Food and related products machine operators',
    [
      'công nhân chế biến thực phẩm',
      'công nhân thực phẩm',
      'công nhân nhà máy bia',
      'công nhân sản xuất bánh kẹo',
      'công nhân chế biến thức ăn chăn nuôi',
      'vận hành máy chế biến thực phẩm',
    ],
  ],
  [
    '8171',
    'Thợ vận hành máy sản xuất bột giấy và giấy',
    'Pulp and papermaking plant operators',
    ['công nhân sản xuất giấy', 'công nhân nhà máy giấy'],
  ],
  [
    '8172',
    'Thợ vận hành máy chế biến gỗ',
    'Wood processing plant operators',
    ['công nhân ván ép', 'vận hành máy bóc gỗ', 'công nhân xẻ gỗ', 'công nhân băm dăm gỗ'],
  ],
  [
    '8181',
    'Thợ vận hành lò nung thủy tinh và gốm sứ',
    'Glass and ceramics plant operators',
    ['công nhân gốm sứ', 'công nhân sản xuất gạch men', 'công nhân thủy tinh', 'công nhân lò gạch'],
  ],
  [
    '8182',
    'Thợ vận hành nồi hơi và máy hơi nước',
    'Steam engine and boiler operators',
    ['thợ vận hành lò hơi', 'công nhân lò hơi', 'thợ đốt lò'],
  ],
  [
    '8183',
    'Thợ vận hành máy đóng gói, đóng chai và dán nhãn',
    'Packing, bottling and labelling machine operators',
    ['vận hành máy đóng gói', 'công nhân đóng chai', 'công nhân dán nhãn'],
  ],
  [
    '8189',
    'Thợ vận hành máy móc và thiết bị cố định khác',
    'Stationary plant and machine operators not elsewhere classified',
    ['công nhân vận hành máy', 'công nhân đứng máy', 'vận hành dây chuyền sản xuất'],
  ],
  [
    '8211',
    'Thợ lắp ráp máy móc cơ khí',
    'Mechanical machinery assemblers',
    ['công nhân lắp ráp cơ khí', 'thợ lắp ráp máy', 'công nhân lắp ráp xe máy', 'công nhân lắp ráp ô tô'],
  ],
  [
    '8212',
    'Thợ lắp ráp thiết bị điện và điện tử',
    'Electrical and electronic equipment assemblers',
    [
      'công nhân điện tử',
      'công nhân lắp ráp điện tử',
      'công nhân lắp ráp linh kiện',
      'công nhân sản xuất điện thoại',
      'lắp ráp điện tử',
    ],
  ],
  [
    '8219',
    'Thợ lắp ráp khác',
    'Assemblers not elsewhere classified',
    ['công nhân lắp ráp', 'công nhân lắp ráp đồ chơi', 'công nhân lắp ráp sản phẩm'],
  ],
  [
    '8321',
    'Người lái xe mô tô',
    'Motorcycle drivers',
    [
      'shipper',
      'nhân viên giao hàng',
      'giao hàng xe máy',
      'xe ôm',
      'tài xế xe ôm',
      'tài xế công nghệ xe máy',
      'lái xe máy',
    ],
  ],
  [
    '8322',
    'Lái xe ô tô con, taxi và xe tải nhỏ',
    'Car, taxi and van drivers',
    [
      'lái xe',
      'tài xế',
      'tài xế taxi',
      'lái xe taxi',
      'tài xế công nghệ',
      'lái xe con',
      'tài xế riêng',
      'lái xe văn phòng',
      'lái xe tải nhỏ',
      'lái xe hạng B',
    ],
  ],
  [
    '8331',
    'Lái xe buýt và xe khách',
    'Bus and tram drivers',
    ['lái xe khách', 'tài xế xe khách', 'lái xe buýt', 'tài xế xe buýt', 'lái xe đưa đón công nhân'],
  ],
  [
    '8332',
    'Lái xe tải hạng nặng',
    'Heavy truck and lorry drivers',
    [
      'lái xe tải',
      'tài xế xe tải',
      'lái xe container',
      'tài xế container',
      'lái xe đầu kéo',
      'lái xe ben',
      'lái xe bồn',
      'lái xe hạng C',
    ],
  ],
  [
    '8341',
    'Thợ vận hành máy nông nghiệp và lâm nghiệp',
    'Mobile farm and forestry plant operators',
    ['lái máy cày', 'vận hành máy gặt đập', 'lái máy kéo'],
  ],
  [
    '8342',
    'Thợ vận hành máy đào đất và liên quan',
    'Earthmoving and related plant operators',
    [
      'lái máy xúc',
      'lái máy đào',
      'lái máy múc',
      'thợ vận hành máy xúc',
      'lái máy ủi',
      'lái xe lu',
      'vận hành máy công trình',
    ],
  ],
  [
    '8343',
    'Thợ vận hành cần trục, tời và liên quan',
    'Crane, hoist and related plant operators',
    [
      'lái cẩu',
      'lái cần cẩu',
      'vận hành cẩu tháp',
      'thợ vận hành xe cẩu',
      'vận hành cầu trục',
      'vận hành vận thăng',
    ],
  ],
  [
    '8344',
    'Lái xe nâng hàng',
    'Lifting truck operators',
    ['lái xe nâng', 'vận hành xe nâng', 'tài xế xe nâng', 'thợ lái xe nâng', 'forklift'],
  ],
  [
    '8350',
    'Thủy thủ boong và liên quan',
    "Ships' deck crews and related workers",
    ['thủy thủ', 'thuyền viên', 'thuyền viên tàu biển', 'lái đò', 'lái ca nô'],
  ],
  // 9 Elementary occupations
  [
    '9111',
    'Người giúp việc gia đình',
    'Domestic cleaners and helpers',
    ['giúp việc', 'giúp việc nhà', 'osin', 'giúp việc theo giờ', 'dọn dẹp nhà cửa'],
  ],
  [
    '9112',
    'Người dọn dẹp ở văn phòng, khách sạn và cơ sở khác',
    'Cleaners and helpers in offices, hotels and other establishments',
    [
      'tạp vụ',
      'lao công',
      'nhân viên vệ sinh',
      'nhân viên buồng phòng',
      'vệ sinh công nghiệp',
      'nhân viên dọn phòng',
    ],
  ],
  [
    '9121',
    'Người giặt là thủ công',
    'Hand launderers and pressers',
    ['giặt ủi', 'thợ ủi đồ', 'giặt là thủ công'],
  ],
  ['9122', 'Người rửa xe', 'Vehicle cleaners', ['rửa xe', 'thợ rửa xe', 'nhân viên rửa xe', 'chăm sóc xe']],
  [
    '9123',
    'Người lau cửa kính',
    'Window cleaners',
    ['lau kính', 'thợ lau kính nhà cao tầng', 'đu dây lau kính'],
  ],
  [
    '9129',
    'Người làm sạch khác',
    'Other cleaning workers',
    ['thợ giặt thảm', 'thợ hút bể phốt', 'thông tắc cống', 'vệ sinh bể bơi'],
  ],
  [
    '9211',
    'Lao động làm thuê trồng trọt',
    'Crop farm labourers',
    ['làm thuê nông nghiệp', 'công nhân nông trường', 'làm cỏ thuê', 'thu hoạch nông sản', 'hái cà phê thuê'],
  ],
  [
    '9212',
    'Lao động làm thuê chăn nuôi',
    'Livestock farm labourers',
    ['công nhân trang trại chăn nuôi', 'công nhân trại heo', 'công nhân trại gà', 'chăn trâu bò thuê'],
  ],
  [
    '9213',
    'Lao động làm thuê trồng trọt và chăn nuôi hỗn hợp',
    'Mixed crop and livestock farm labourers',
    ['công nhân trang trại', 'lao động trang trại'],
  ],
  [
    '9214',
    'Lao động làm vườn và cảnh quan',
    'Garden and horticultural labourers',
    ['công nhân cây xanh', 'chăm sóc cây xanh', 'công nhân cảnh quan', 'cắt cỏ'],
  ],
  [
    '9215',
    'Lao động giản đơn trong lâm nghiệp',
    'Forestry labourers',
    ['phát quang', 'công nhân trồng rừng', 'làm rừng thuê'],
  ],
  [
    '9216',
    'Lao động giản đơn trong thủy sản',
    'Fishery and aquaculture labourers',
    ['công nhân trại tôm', 'công nhân nuôi cá', 'phụ việc tàu cá', 'công nhân ao nuôi'],
  ],
  [
    '9311',
    'Lao động giản đơn trong khai khoáng',
    'Mining and quarrying labourers',
    ['phụ mỏ', 'lao động mỏ đá'],
  ],
  [
    '9312',
    'Lao động giản đơn trong xây dựng công trình kỹ thuật',
    'Civil engineering labourers',
    ['công nhân cầu đường', 'công nhân làm đường', 'lao động công trình giao thông', 'đào mương'],
  ],
  [
    '9313',
    'Lao động giản đơn trong xây dựng nhà',
    'Building construction labourers',
    ['phụ hồ', 'thợ phụ', 'phụ xây', 'lao động xây dựng', 'công nhân xây dựng', 'công nhân công trình'],
  ],
  [
    '9321',
    'Người đóng gói thủ công',
    'Hand packers',
    ['đóng gói', 'công nhân đóng gói', 'nhân viên đóng gói', 'công nhân đóng hàng', 'đóng thùng'],
  ],
  [
    '9329',
    'Lao động giản đơn khác trong công nghiệp chế biến, chế tạo',
    'Manufacturing labourers not elsewhere classified',
    [
      'lao động phổ thông',
      'công nhân phổ thông',
      'công nhân sản xuất',
      'công nhân nhà máy',
      'công nhân xưởng',
      'LĐPT',
    ],
  ],
  [
    '9331',
    'Người đạp xích lô và kéo xe tay',
    'Hand and pedal vehicle drivers',
    ['xích lô', 'đạp xích lô', 'kéo xe tay'],
  ],
  [
    '9333',
    'Công nhân bốc xếp',
    'Freight handlers',
    ['bốc xếp', 'bốc vác', 'phụ kho', 'công nhân kho', 'cửu vạn', 'công nhân bốc xếp cảng'],
  ],
  [
    '9334',
    'Nhân viên xếp hàng lên kệ',
    'Shelf fillers',
    ['xếp hàng lên kệ', 'nhân viên xếp hàng siêu thị', 'nhân viên soạn hàng', 'nhân viên lấy hàng'],
  ],
  [
    '9411',
    'Người chế biến đồ ăn nhanh',
    'Fast food preparers',
    ['làm đồ ăn nhanh', 'nhân viên bếp thức ăn nhanh'],
  ],
  [
    '9412',
    'Phụ bếp',
    'Kitchen helpers',
    ['rửa bát', 'tạp vụ bếp', 'nhân viên rửa chén', 'sơ chế thực phẩm', 'phụ việc bếp'],
  ],
  [
    '9510',
    'Người cung cấp dịch vụ đường phố',
    'Street and related service workers',
    ['đánh giày', 'sửa khóa', 'đánh giày dạo'],
  ],
  [
    '9520',
    'Người bán hàng rong',
    'Street vendors (excluding food)',
    ['bán hàng rong', 'bán vé số', 'bán dạo'],
  ],
  [
    '9611',
    'Người thu gom rác và phế liệu',
    'Garbage and recycling collectors',
    [
      'thu gom rác',
      'công nhân môi trường',
      'công nhân vệ sinh môi trường',
      'thu mua phế liệu',
      'đồng nát',
      've chai',
    ],
  ],
  [
    '9612',
    'Người phân loại rác',
    'Refuse sorters',
    ['phân loại rác', 'công nhân tái chế', 'phân loại phế liệu', 'công nhân nhà máy tái chế'],
  ],
  [
    '9613',
    'Người quét dọn đường phố',
    'Sweepers and related labourers',
    ['quét rác', 'công nhân quét đường', 'quét dọn đường phố'],
  ],
  [
    '9621',
    'Người đưa tin, chuyển phát và khuân vác hành lý',
    'Messengers, package deliverers and luggage porters',
    ['chạy giấy tờ', 'khuân vác hành lý', 'nhân viên giao thư', 'người đưa hàng'],
  ],
  [
    '9622',
    'Người làm việc vặt',
    'Odd job persons',
    ['làm việc vặt', 'thợ sửa chữa vặt', 'sửa chữa nhà cửa nhỏ', 'làm thuê theo ngày'],
  ],
  [
    '9629',
    'Lao động giản đơn khác chưa được phân vào đâu',
    'Elementary workers not elsewhere classified',
    ['trông xe', 'giữ xe', 'nhân viên trông xe'],
  ],
];

function toOccupation([code, nameVi, nameEn, synonyms = []]: Row): Occupation {
  return {
    code,
    level: code.length as OccupationLevel,
    parentCode: code.length > 1 ? code.slice(0, -1) : undefined,
    nameVi,
    nameEn,
    synonyms,
  };
}

/** All groups, ordered by code (so a parent always comes before its children). */
export const OCCUPATIONS: readonly Occupation[] = [...GROUPS, ...UNITS]
  .map(toOccupation)
  .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));

let byCode: Map<string, Occupation> | undefined;
let searchEntries: { occupation: Occupation; phrases: Phrase[] }[] | undefined;

function codeIndex(): Map<string, Occupation> {
  byCode ??= new Map(OCCUPATIONS.map((occupation) => [occupation.code, occupation]));
  return byCode;
}

export function occupationByCode(code: string): Occupation | undefined {
  return codeIndex().get(code.trim());
}

/** The groups above a code, nearest first: 7212 → [721, 72, 7]. Codes not in the list are skipped. */
export function occupationAncestors(code: string): Occupation[] {
  const ancestors: Occupation[] = [];
  for (let length = code.length - 1; length >= 1; length--) {
    const ancestor = occupationByCode(code.slice(0, length));
    if (ancestor) ancestors.push(ancestor);
  }
  return ancestors;
}

/** The groups directly below a code (the ten major groups for an empty code). */
export function occupationChildren(code: string): Occupation[] {
  return OCCUPATIONS.filter((occupation) => (code ? occupation.parentCode === code : occupation.level === 1));
}

/**
 * How close two occupation codes are: the number of leading digits they share (0–4). Matching scores
 * same unit group (4) > same minor group (3) > same sub-major group (2) > same major group (1).
 */
export function occupationDistance(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  let shared = 0;
  while (shared < length && a[shared] === b[shared]) shared++;
  return shared;
}

function entries() {
  searchEntries ??= OCCUPATIONS.map((occupation) => ({
    occupation,
    phrases: [
      { text: foldedKey(occupation.nameVi), bonus: 3 },
      ...occupation.synonyms.map((synonym) => ({ text: foldedKey(synonym), bonus: 2 })),
      { text: foldedKey(occupation.nameEn), bonus: 0 },
    ],
  }));
  return searchEntries;
}

export interface FindOccupationsOptions {
  limit?: number;
  /** Only these levels (e.g. [4] for a posting's occupation picker). */
  levels?: readonly OccupationLevel[];
}

/**
 * Occupations for what a person types, best first: by code prefix ("721") or by name and synonym with or
 * without diacritics, whole or as a prefix ("tho ha" → thợ hàn). Exact name or synonym matches come first,
 * then concrete unit groups before the broader groups above them.
 */
export function findOccupations(query: string, options: FindOccupationsOptions = {}): Occupation[] {
  const limit = options.limit ?? 20;
  const allowed = (occupation: Occupation) => !options.levels || options.levels.includes(occupation.level);
  const trimmed = query.trim();
  if (/^\d{1,4}$/.test(trimmed)) {
    return OCCUPATIONS.filter(
      (occupation) => occupation.code.startsWith(trimmed) && allowed(occupation),
    ).slice(0, limit);
  }
  const { key, words } = foldedQuery(trimmed);
  if (!key) return [];
  const scored: { occupation: Occupation; score: number }[] = [];
  for (const { occupation, phrases } of entries()) {
    if (!allowed(occupation)) continue;
    const score = bestScore(phrases, key, words);
    if (score > 0) scored.push({ occupation, score });
  }
  scored.sort(
    (a, b) =>
      b.score - a.score ||
      b.occupation.level - a.occupation.level ||
      (a.occupation.code < b.occupation.code ? -1 : 1),
  );
  return scored.slice(0, limit).map((entry) => entry.occupation);
}

/** The occupation a phrase names exactly (official name or synonym, folded), if exactly one does. */
export function occupationForTitle(title: string): Occupation | undefined {
  const { key, words } = foldedQuery(title);
  if (!key) return undefined;
  const exact = entries().filter(({ phrases }) => bestScore(phrases, key, words) >= EXACT);
  if (exact.length === 0) return undefined;
  // A unit group's name can repeat its parent's ("Đầu bếp" 5120 under 512): the concrete one wins.
  const deepest = Math.max(...exact.map(({ occupation }) => occupation.level));
  const atDeepest = exact.filter(({ occupation }) => occupation.level === deepest);
  return atDeepest.length === 1 ? atDeepest[0]!.occupation : undefined;
}

/**
 * Folded phrases that mean the same job, one group per unit group: its Vietnamese name and colloquial
 * titles. The search engine expands a query phrase to its group ("cong nhan may" ↔ "tho may").
 */
export function synonymGroups(): string[][] {
  const groups: string[][] = [];
  for (const occupation of OCCUPATIONS) {
    if (occupation.level !== 4) continue;
    const phrases = [
      ...new Set([occupation.nameVi, ...occupation.synonyms].map((text) => foldedKey(text)).filter(Boolean)),
    ];
    if (phrases.length > 1) groups.push(phrases);
  }
  return groups;
}
