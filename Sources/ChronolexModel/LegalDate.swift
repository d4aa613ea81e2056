/// A calendar day as the law counts it: the date of an act, of its publication in the
/// Moniteur belge, of an entry into force. No time, no time zone.
public struct LegalDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// A date, or `nil` when no such day exists (`2020-13-45`, `2023-02-29`).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...LegalDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func < (lhs: LegalDate, rhs: LegalDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// ISO 8601: `2023-01-01`.
    public var description: String { iso }

    public var iso: String {
        digits((year, 4), (month, 2), (day, 2)) ?? pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
    }

    /// Justel's spelling: `01-01-2023`.
    public var justel: String {
        digits((day, 2), (month, 2), (year, 4)) ?? pad(day, 2) + "-" + pad(month, 2) + "-" + pad(year, 4)
    }

    /// The numbers written with zeros before them to their widths, joined by dashes, in one
    /// small string (no intermediate strings: a date is written for every edit); `nil` when
    /// a number does not fit its width (a year beyond 9999 after date arithmetic), which
    /// ``pad(_:_:)`` writes.
    private static let widthLimits = [1, 10, 100, 1_000, 10_000]

    /// The three parts are given one by one, not in an array: an array literal was made on
    /// the heap for every date written (`edits` writes three per edit).
    private func digits(_ first: (value: Int, width: Int), _ second: (value: Int, width: Int),
                        _ third: (value: Int, width: Int)) -> String? {
        func fits(_ part: (value: Int, width: Int)) -> Bool { part.value >= 0 && part.value < LegalDate.widthLimits[part.width] }
        guard fits(first), fits(second), fits(third) else { return nil }
        return String(unsafeUninitializedCapacity: first.width + second.width + third.width + 2) { out in
            var n = 0
            func write(_ part: (value: Int, width: Int)) {
                var value = part.value
                for j in stride(from: part.width - 1, through: 0, by: -1) {
                    out[n + j] = UInt8(ascii: "0") + UInt8(value % 10)
                    value /= 10
                }
                n += part.width
            }
            write(first)
            out[n] = UInt8(ascii: "-")
            n += 1
            write(second)
            out[n] = UInt8(ascii: "-")
            n += 1
            write(third)
            return n
        }
    }

    /// The French long form: `1er janvier 2023`.
    public var french: String {
        (day == 1 ? "1er" : String(day)) + " " + LegalDate.frenchMonths[month - 1] + " " + String(year)
    }

    /// The Dutch long form: `1 januari 2023`.
    public var dutch: String {
        String(day) + " " + LegalDate.dutchMonths[month - 1] + " " + String(year)
    }

    private func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: Swift.max(0, width - digits.count)) + digits
    }

    /// Days since 0001-01-01 (proleptic Gregorian), for date arithmetic.
    public var ordinal: Int {
        let y = year - 1
        var days = y * 365 + y / 4 - y / 100 + y / 400
        for m in 1..<month { days += LegalDate.daysIn(month: m, year: year) }
        return days + day - 1
    }

    /// The date `count` days later (earlier when negative).
    public func adding(days count: Int) -> LegalDate {
        LegalDate(ordinal: ordinal + count)
    }

    /// The same day `count` months later ("six mois après sa publication"); the last day of
    /// the month when that month is shorter (31 August + 6 months is 28 or 29 February).
    public func adding(months count: Int) -> LegalDate {
        let total = year * 12 + (month - 1) + count
        let y = total / 12
        let m = total % 12 + 1
        return LegalDate(uncheckedYear: y, month: m, day: Swift.min(day, LegalDate.daysIn(month: m, year: y)))
    }

    /// The date `ordinal` days after 0001-01-01.
    public init(ordinal: Int) {
        // Walk from an estimate of the year; at most two corrections.
        var year = Swift.max(1, ordinal / 366 + 1)
        while LegalDate(uncheckedYear: year + 1, month: 1, day: 1).ordinal <= ordinal { year += 1 }
        var remaining = ordinal - LegalDate(uncheckedYear: year, month: 1, day: 1).ordinal
        var month = 1
        while remaining >= LegalDate.daysIn(month: month, year: year) {
            remaining -= LegalDate.daysIn(month: month, year: year)
            month += 1
        }
        self.init(uncheckedYear: year, month: month, day: remaining + 1)
    }

    private init(uncheckedYear year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    public static let frenchMonths = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet",
                                      "août", "septembre", "octobre", "novembre", "décembre"]
    public static let dutchMonths = ["januari", "februari", "maart", "april", "mei", "juni", "juli",
                                     "augustus", "september", "oktober", "november", "december"]
    public static let germanMonths = ["januar", "februar", "märz", "april", "mai", "juni", "juli",
                                      "august", "september", "oktober", "november", "dezember"]
}

extension LegalDate {
    /// Why a date could not be read.
    public enum ParseFailure: Error, Equatable, Sendable {
        /// The text is not written as a date at all.
        case notADate
        /// Written as a date, but no such day exists (`2020-13-45`).
        case impossible
    }

    /// Reads the spellings found in Belgian texts and their metadata: `2014-05-22` (ISO),
    /// `01-09-2014` and `01/09/2014` (day first), `1er janvier 2023`, `22 DECEMBRE 2022`,
    /// `premier mars 2020`, and the Dutch and German month names.
    public static func parse(_ text: String) -> Result<LegalDate, ParseFailure> {
        if let (day, month, year) = wordsOfPlainDate(text) { return fromWords(day, month, year) }
        return parseAsCharacters(text)
    }

    /// ``parse(_:)`` the general way: the text cut as characters.
    static func parseAsCharacters(_ text: String) -> Result<LegalDate, ParseFailure> {
        let trimmed = text.trimmingSpaces
        let numeric = trimmed.split(omittingEmptySubsequences: false) { $0 == "-" || $0 == "/" || $0 == "." }
        if numeric.count == 3, numeric.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }) {
            let parts = numeric.map { Int($0) ?? -1 }
            let (y, m, d): (Int, Int, Int)
            if numeric[0].count == 4 {
                (y, m, d) = (parts[0], parts[1], parts[2])
            } else if numeric[2].count == 4 {
                (y, m, d) = (parts[2], parts[1], parts[0])
            } else {
                return .failure(.notADate)
            }
            guard let date = LegalDate(year: y, month: m, day: d) else { return .failure(.impossible) }
            return .success(date)
        }
        let words = trimmed.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" })
        guard words.count == 3 else { return .failure(.notADate) }
        return fromWords(String(words[0]), String(words[1]), String(words[2]))
    }

    /// The three words of a text like « 3 septembre 2015 » (letters and digits, accented
    /// letters too, between two single spaces, no `-`, `/` or `.`, no character from U+0300
    /// up), cut at the bytes of its spaces; `nil` for any other text, which ``parse(_:)``
    /// reads the general way. Below U+0300 a character is one scalar, so the bytes are cut
    /// where the characters would be (``parse(_:)`` cut them as characters: 16,000
    /// instructions a date, for the dates of every history clause `edits` reads).
    private static func wordsOfPlainDate(_ text: String) -> (String, String, String)? {
        var text = text
        return text.withUTF8 { bytes -> (String, String, String)? in
            func isLetterOrDigit(_ byte: UInt8) -> Bool {
                (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
            }
            guard let first = bytes.first, let last = bytes.last, isLetterOrDigit(first), isLetterOrDigit(last) else { return nil }
            var firstSpace = -1, secondSpace = -1
            for (index, byte) in bytes.enumerated() {
                if byte == 0x20 {
                    guard secondSpace < 0 else { return nil }
                    if firstSpace < 0 { firstSpace = index } else { secondSpace = index }
                } else if byte < 0x20 || byte >= 0xCC || byte == 0x2D || byte == 0x2F || byte == 0x2E || byte == 0xC2 || byte == 0x7F {
                    // A control, a character from U+0300 up, `-`, `/`, `.`, or a lead byte of
                    // U+0080…U+00BF (the no-break space among them).
                    return nil
                }
            }
            guard secondSpace > firstSpace + 1 else { return nil }
            func word(_ range: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) }
            return (word(0..<firstSpace), word((firstSpace + 1)..<secondSpace), word((secondSpace + 1)..<bytes.count))
        }
    }

    /// A date written in words: the day (`3`, `1er`, `premier`, `1ste`), the month's name
    /// (French, Dutch or German, any case, accents or not), the year of four digits.
    private static func fromWords(_ dayText: String, _ monthText: String, _ yearText: String) -> Result<LegalDate, ParseFailure> {
        let dayWord = dayText.lowercased()
        let day: Int
        if dayWord == "1er" || dayWord == "premier" || dayWord == "1ste" {
            day = 1
        } else if let value = Int(dayWord) {
            day = value
        } else {
            return .failure(.notADate)
        }
        let monthWord = monthText.lowercased().folded
        guard let monthIndex = monthIndex(of: monthWord), let year = Int(yearText), yearText.count == 4 else {
            return .failure(.notADate)
        }
        guard let date = LegalDate(year: year, month: monthIndex + 1, day: day) else { return .failure(.impossible) }
        return .success(date)
    }

    /// The date, or `nil` for anything that is not a possible date.
    public init?(_ text: String) {
        guard case .success(let date) = LegalDate.parse(text) else { return nil }
        self = date
    }

    private static func monthIndex(of word: String) -> Int? {
        for names in foldedMonths {
            if let index = names.firstIndex(of: word) { return index }
        }
        return nil
    }

    /// The French, Dutch and German months' names, folded once (they were folded for every
    /// date read: some 3,000 of the 23,000 instructions of reading « 3 septembre 2015 »; most
    /// of the rest is `split` over characters).
    private static let foldedMonths: [[String]] = [frenchMonths, dutchMonths, germanMonths].map { $0.map(\.folded) }
}

extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and non-breaking spaces.
    public var trimmingSpaces: String {
        // Most texts neither start nor end with a space: returned whole, without walking
        // their characters. A character is one of the spaces below only when it is that
        // scalar alone, so a text whose first and last scalars are none of them (their
        // UTF-8 bytes say so) has nothing to trim.
        let whole = String(self)
        if let first = whole.utf8.first, let last = whole.utf8.last, !Self.mayBeSpaceLead(first), !Self.mayBeSpaceEnd(last) {
            return whole
        }
        guard let first = firstIndex(where: { !$0.isTextSpace }) else { return "" }
        guard let last = lastIndex(where: { !$0.isTextSpace }) else { return "" }
        return String(self[first...last])
    }

    /// True when a scalar whose UTF-8 starts with this byte may be one of the spaces
    /// ``trimmingSpaces`` takes off (space, tab, line break, carriage return, U+00A0 and
    /// U+202F, whose first bytes are 0xC2 and 0xE2).
    private static func mayBeSpaceLead(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0xC2 || byte == 0xE2
    }

    /// True when a scalar whose UTF-8 ends with this byte may be one of those spaces (the
    /// last bytes of U+00A0 and U+202F are 0xA0 and 0xAF).
    private static func mayBeSpaceEnd(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0xA0 || byte == 0xAF
    }
}

extension Character {
    public var isASCIIDigit: Bool { asciiValue.map { $0 >= 48 && $0 <= 57 } ?? false }

    /// A space ``StringProtocol/trimmingSpaces`` takes off: space, tab, line break, carriage
    /// return, no-break space (U+00A0) and narrow no-break space (U+202F).
    public var isTextSpace: Bool {
        self == " " || self == "\t" || self == "\u{00A0}" || self == "\u{202F}" || self == "\n" || self == "\r"
    }
}
