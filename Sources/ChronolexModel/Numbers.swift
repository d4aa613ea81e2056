/// Ordinal numbers as the texts write them: `1er`, `1ère`, `1re`, `premier`, `Ier`, `2e`.
public enum OrdinalNumber {
    /// The number as a citation writes it: `1er` → `1`, `1ère` → `1`, `Ier` → `I`,
    /// `premier` → `1`, `2bis` and `4/1` unchanged.
    public static func normalized<S: StringProtocol>(_ text: S) -> String {
        var value = String(text)
        // Fast path: plain digits are already cited as written (checked in place: a
        // `UTF8View` walked element by element cost more than the check).
        if value.withUTF8({ $0.allSatisfy { $0 >= 48 && $0 <= 57 } }) { return value }
        switch value.lowercased() {
        case "premier", "première", "eerste": return "1"
        default: break
        }
        for suffix in ["ère", "er", "re", "e", "ème"] where value.count > suffix.count && value.hasSuffix(suffix) {
            let stem = value.dropLast(suffix.count)
            if stem.allSatisfy(\.isASCIIDigit) || (suffix == "er" && stem.allSatisfy({ "IVXLC".contains($0) })) {
                return String(stem)
            }
        }
        return value
    }

    /// The value of an ordinal word (`premier`, `deuxième`, …, `vingtième`; Dutch `eerste`,
    /// …) or spelled ordinal (`1er`, `2e`), or `nil`.
    public static func value(ofOrdinal word: String) -> Int? {
        let lower = word.lowercased()
        if let value = words[lower.folded] { return value }
        let normalized = normalized(lower)
        return Int(normalized)
    }

    /// Ordinals in words, folded, in French and Dutch: the one table of them.
    public static let words: [String: Int] = {
        let french = ["premier", "deuxieme", "troisieme", "quatrieme", "cinquieme", "sixieme", "septieme", "huitieme", "neuvieme",
                      "dixieme", "onzieme", "douzieme", "treizieme", "quatorzieme", "quinzieme", "seizieme", "dix-septieme",
                      "dix-huitieme", "dix-neuvieme", "vingtieme"]
        let dutch = ["eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "zevende", "achtste", "negende", "tiende",
                     "elfde", "twaalfde", "dertiende", "veertiende", "vijftiende", "zestiende", "zeventiende", "achttiende",
                     "negentiende", "twintigste"]
        var map: [String: Int] = ["premiere": 1, "second": 2, "seconde": 2]
        for (k, word) in french.enumerated() { map[word] = k + 1 }
        for (k, word) in dutch.enumerated() { map[word] = k + 1 }
        // The tens, and in French the ordinals between them written in one word
        // (« le trentième jour », « le quarante-cinquième jour » of entry-into-force clauses;
        // look 42: « trentième » was not read, and the act undated).
        for (value, ten) in [(20, "vingt"), (30, "trente"), (40, "quarante"), (50, "cinquante"), (60, "soixante")] {
            // « vingtième », « trentième »: the ten's final « e » goes before « ième ».
            map[(ten.hasSuffix("e") ? String(ten.dropLast()) : ten) + "ieme"] = value
            map[ten + "-et-unieme"] = value + 1
            for (k, unit) in french.enumerated() where (2...9).contains(k + 1) { map[ten + "-" + unit] = value + k + 1 }
        }
        map["soixante-dixieme"] = 70
        map["quatre-vingtieme"] = 80
        map["quatre-vingt-dixieme"] = 90
        for (value, word) in [(30, "dertigste"), (40, "veertigste"), (50, "vijftigste"), (60, "zestigste"), (70, "zeventigste"), (80, "tachtigste"), (90, "negentigste")] {
            map[word] = value
        }
        return map
    }()
}

/// Numbers in words, as instructions count new units ("deux alinéas", "twee leden") and
/// sometimes number them ("l'alinéa deux"): the one table of them, French and Dutch, folded.
public enum CardinalNumber {
    public static let words: [String: Int] = {
        let french = ["un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
                      "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf", "vingt"]
        let dutch = ["een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien",
                     "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien", "twintig"]
        var map: [String: Int] = ["une": 1]
        for (k, word) in french.enumerated() { map[word] = k + 1 }
        for (k, word) in dutch.enumerated() { map[word] = k + 1 }
        return map
    }()

    /// The French word for 1 to 20 ("deux"), else the digits.
    public static func french(_ number: Int) -> String {
        let french = ["un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
                      "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf", "vingt"]
        return (1...20).contains(number) ? french[number - 1] : String(number)
    }
}

/// Article numbers in all their forms: `1er`, `2`, `2bis`, `2/1`, `155.1`, `L1122-30`,
/// `D.29-1`, `R.12`, `XI.172`, `1.1.1`.
public enum ArticleNumber {
    /// Latin multiplicative suffixes of older insertions, in order (`bis` = 2).
    public static let latinSuffixes = ["bis", "ter", "quater", "quinquies", "sexies", "septies", "octies",
                                "novies", "decies", "undecies", "duodecies", "terdecies", "quaterdecies",
                                "quindecies", "sexdecies", "septdecies", "duodevicies", "undevicies", "vicies"]

    /// The number as cited: `1er` → `1`, `premier` → `1`, `1er/1` → `1/1` (look 33: an
    /// article inserted as « 1er/1 » was not the « 1/1 » a later act amended, and went to
    /// the end of the act), everything else as written.
    public static func normalized<S: StringProtocol>(_ number: S) -> String {
        let value = OrdinalNumber.normalized(number)
        guard let slash = value.utf8.firstIndex(of: UInt8(ascii: "/")) else { return value }
        let head = value.utf8[..<slash]
        guard head.count > 2, head.suffix(2).elementsEqual("er".utf8), head.dropLast(2).allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return value }
        return String(decoding: head.dropLast(2), as: UTF8.self) + String(decoding: value.utf8[slash...], as: UTF8.self)
    }

    /// A key that orders numbers of the same form, or `nil` where the form has no
    /// order Chronolex can vouch for. `2` < `2bis` < `2ter` < `2/1` < `3`; `155` < `155.1`.
    /// The first element is the number's alphabetic prefix (`L`, `XI.`), which only
    /// numbers with the same prefix share.
    public static func orderKey(_ number: String) -> OrderKey? {
        // Most numbers are plain figures (`12`): their key without the general reading's
        // copies (a tenth of an act's reading went to this function in perf). The same key:
        // no prefix, one part, at most nine digits.
        if let figures = plainFigures(number) { return OrderKey(prefix: "", parts: [figures]) }
        let value = normalized(number)
        let utf8 = Array(value.utf8)
        var index = 0
        while index < utf8.count, !(utf8[index] >= 48 && utf8[index] <= 57) { index += 1 }
        guard index < utf8.count else { return nil }
        let prefix = String(decoding: utf8[..<index], as: UTF8.self)
        var parts: [Int] = []
        var number = 0
        var digits = 0
        var letters: [UInt8] = []
        func flush() -> Bool {
            if digits > 0 {
                guard digits <= 9 else { return false }
                parts.append(number)
                number = 0
                digits = 0
            }
            if !letters.isEmpty {
                var suffix = String(decoding: letters, as: UTF8.self).lowercased()
                // `1erquinquies` (2021040075, hand check 12): the ordinal's « er » before a
                // latin suffix is no letter of the number — once unordered, and the article
                // went to the end of the act.
                if parts.count == 1, suffix.count > 2, suffix.hasPrefix("er") || suffix.hasPrefix("re"),
                   latinSuffixes.contains(String(suffix.dropFirst(2))) {
                    suffix = String(suffix.dropFirst(2))
                }
                guard let rank = latinSuffixes.firstIndex(of: suffix) else { return false }
                // A latin suffix sorts after the bare number and before `/1`-style insertions.
                parts.append(-1000 + rank)
                letters = []
            }
            return true
        }
        for byte in utf8[index...] {
            switch byte {
            case 48...57:
                if !letters.isEmpty { guard flush() else { return nil } }
                // Past nine digits the number has no order (``flush()``), and past eighteen it
                // would not fit in an `Int` (look 42: « Art. 99999999999999999999. » trapped).
                if digits < 10 { number = number * 10 + Int(byte - 48) }
                digits += 1
            case 65...90, 97...122:
                if digits > 0 { guard flush() else { return nil } }
                letters.append(byte)
            case UInt8(ascii: "."), UInt8(ascii: "/"), UInt8(ascii: "-"):
                guard flush() else { return nil }
            default:
                return nil
            }
        }
        guard flush() else { return nil }
        return OrderKey(prefix: prefix, parts: parts)
    }

    /// The value of a number of one to nine ASCII digits, else `nil`.
    private static func plainFigures(_ number: String) -> Int? {
        guard !number.isEmpty, number.utf8.count <= 9 else { return nil }
        var number = number
        return number.withUTF8 { bytes in
            var value = 0
            for byte in bytes {
                guard byte >= 48, byte <= 57 else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            return value
        }
    }

    /// What ``orderKey(_:)`` computes: the alphabetic prefix and the numeric parts.
    public struct OrderKey: Hashable, Sendable {
        public var prefix: String
        public var parts: [Int]

        /// True when this number certainly comes before `other` (same prefix, smaller).
        public func precedes(_ other: OrderKey) -> Bool {
            prefix == other.prefix && parts.lexicographicallyPrecedes(other.parts) { lhs, rhs in
                ArticleNumber.sortValue(lhs) < ArticleNumber.sortValue(rhs)
            }
        }
    }

    /// True when `later` is certainly numbered before `earlier` (same prefix, smaller key).
    public static func isOutOfOrder(_ later: String, after earlier: String) -> Bool {
        guard let a = orderKey(earlier), let b = orderKey(later) else { return false }
        return b.precedes(a)
    }

    /// Latin suffixes (negative parts) sort after the bare number and before sub-numbers.
    static func sortValue(_ part: Int) -> Int { part < 0 ? part + 1000 : part * 100 + 99 }
}

/// The numbers of the items of a text that numbers its parts by decimals, as annexes do
/// (`1.3`, `1.5.2`, `2.1.2.`, `1.A`).
public enum ItemNumber {
    /// The number as cited, the final dot dropped: numbers of one or two digits or capital
    /// letters (a letter first only before figures: `F.1.6.3`) joined by dots, two to five
    /// of them; `nil` for anything else — `1.000` is an amount, `2019.1` no item, `3.` a
    /// point.
    public static func parse(_ text: Substring) -> String? {
        var number = text
        if number.last == "." { number = number.dropLast() }
        let parts = number.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 2, parts.count <= 5 else { return nil }
        for (k, part) in parts.enumerated() {
            let digits = part.utf8.count <= 2 && part.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
            // `1.A`, and `F.1.6.3` (a capital first, then figures: the list of implants).
            let letter = part.utf8.count == 1 && part.utf8.allSatisfy { $0 >= 0x41 && $0 <= 0x5A }
                && (k > 0 || parts[1].utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 })
            guard !part.isEmpty, digits || letter else { return nil }
        }
        return String(number)
    }
}

/// The number of a division as texts write it: `IV`, `4`, `Ier`, `1er`, `2.1`. Justel
/// prints in figures what the Moniteur prints in roman numerals ("chapitre IV" is Justel's
/// "Chapitre 4."): both name the same division.
public enum DivisionNumber {
    /// True when the two numbers name the same division.
    public static func same(_ a: String, _ b: String) -> Bool {
        let x = Self.normalized(a).lowercased()
        let y = Self.normalized(b).lowercased()
        if x == y { return true }
        guard let vx = value(x), let vy = value(y) else { return false }
        return vx == vy
    }

    /// A key that orders division numbers of the same form: in figures (`2`, `2/1`, `2.1`,
    /// `3bis`), or in roman numerals with or without a latin suffix (`IV` < `V` <
    /// `Vbis` < `VI`, read as `4`, `5`, `5bis`, `6`); `nil` where the form has no order
    /// Chronolex can vouch for.
    public static func orderKey(_ number: String) -> ArticleNumber.OrderKey? {
        let normalized = Self.normalized(number)
        let roman = normalized.prefix { "IVXLC".contains($0) }
        if !roman.isEmpty, let n = value(String(roman)) {
            let suffix = normalized.dropFirst(roman.count)
            guard suffix.isEmpty || suffix.allSatisfy({ $0.isLowercase }) else { return nil }
            return ArticleNumber.orderKey(String(n) + suffix)
        }
        return ArticleNumber.orderKey(normalized)
    }

    /// The number as cited, the ordinal mark of its first part dropped before an extension
    /// too: `1er/1` → `1/1`, `1re.2` → `1.2` (look 29: « chapitre 1er/1 » had no order, and
    /// went after every article).
    public static func normalized(_ number: String) -> String {
        let whole = OrdinalNumber.normalized(number)
        guard let cut = whole.firstIndex(where: { $0 == "/" || $0 == "." }), cut > whole.startIndex else { return whole }
        return OrdinalNumber.normalized(whole[..<cut]) + whole[cut...]
    }

    /// The value of a number in figures or in roman numerals (`iv` → 4), else `nil`.
    public static func value(_ number: String) -> Int? {
        if let n = Int(number) { return n }
        let digits: [Character: Int] = ["i": 1, "v": 5, "x": 10, "l": 50, "c": 100]
        let values = number.lowercased().compactMap { digits[$0] }
        guard !values.isEmpty, values.count == number.count, values.count <= 8 else { return nil }
        var total = 0
        for (k, v) in values.enumerated() {
            if k + 1 < values.count, v < values[k + 1] { total -= v } else { total += v }
        }
        return total > 0 ? total : nil
    }
}
