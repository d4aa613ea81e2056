/// The address of a unit of an act, the way jurists cite it:
/// `art. 3, § 2, al. 2`, `art. 8, 2°, e)`, `art. 4/1`, `art. L1122-30`.
///
/// Canonical form: `§ N` when the article has paragraphs; `al. N` only when the unit
/// holding the alinéa has more than one; then points and letters; `1er` is written `1`.
/// ``Address/parse(_:)`` also reads the long form (`article 3, § 2, alinéa 2`).
public struct Address: Hashable, Sendable, CustomStringConvertible {
    /// The article number, normalised (`1er` → `1`).
    public var article: String
    /// The paragraph number, normalised, when the article has paragraphs.
    public var paragraph: String?
    /// The alinéa, counted from 1 inside its paragraph (or article).
    public var alinea: Int?
    /// The points from the outermost: `[2°, e)]`. A dash is cited by its position.
    public var points: [PointLabel]
    /// The sentence, counted from 1 inside the unit above.
    public var sentence: Int?

    public init(article: String, paragraph: String? = nil, alinea: Int? = nil, points: [PointLabel] = [], sentence: Int? = nil) {
        self.article = ArticleNumber.normalized(article)
        self.paragraph = paragraph.map { OrdinalNumber.normalized($0) }
        self.alinea = alinea
        self.points = points
        self.sentence = sentence
    }

    /// The short form: `art. 3, § 2, al. 2, 1°, a)`.
    public var description: String { render(long: false) }

    /// The long form: `article 3, § 2, alinéa 2, 1°, a)`.
    public var longDescription: String { render(long: true) }

    /// The short form written to `sink`, without making a string of it.
    package func write(to sink: OutputSink) {
        writeParts(long: false) { sink.write($0) }
    }

    private func render(long: Bool) -> String {
        String(pieces: { writeParts(long: long, $0) })
    }

    /// The parts, separated by commas, handed one piece after the other to `write`.
    package func writeParts(long: Bool, _ write: (String) -> Void) {
        write(long ? "article " : "art. ")
        write(article)
        if let paragraph {
            write(", § ")
            write(paragraph)
        }
        if let alinea {
            write(long ? ", alinéa " : ", al. ")
            write(String(alinea))
        }
        for point in points {
            write(", ")
            if point.kind == .dash {
                write("tiret ")
                write(point.value)
            } else {
                write(point.description)
            }
        }
        if let sentence {
            write(", phrase ")
            write(String(sentence))
        }
    }

    /// An identifier for HTML anchors and file names: `art-3-par-2-al-2-1-a`.
    public var anchor: String {
        // Written into one string (an array of parts joined made a dozen strings per anchor).
        var anchor = "art-" + Address.slug(article)
        if let paragraph { anchor += "-par-" + Address.slug(paragraph) }
        if let alinea { anchor += "-al-" + String(alinea) }
        for point in points { anchor += point.kind == .dash ? "-tiret-" + point.value : "-" + Address.slug(point.value) }
        if let sentence { anchor += "-ph-" + String(sentence) }
        return anchor
    }

    public static func slug(_ text: String) -> String {
        // Letters and digits only (most numbers): the text itself.
        if text.utf8.allSatisfy({ ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) }) { return text }
        // One byte per scalar: an ASCII letter or digit as it is, anything else `_`.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            let v = scalar.value
            let kept = (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39)
            bytes.append(kept ? UInt8(v) : UInt8(ascii: "_"))
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

extension Address {
    /// Why an address could not be read; the message names the part that is wrong.
    public struct ParseError: Error, Equatable, Sendable, CustomStringConvertible {
        public var message: String
        public init(message: String) { self.message = message }
        public var description: String { message }
    }

    /// « 5 bis », as some instructions print it: `5bis` (look 31: refused as « not an article
    /// number » on the command line, where the instructions read it).
    static func joiningLatinSuffix(_ number: String) -> String {
        let words = number.split(separator: " ")
        guard words.count == 2, words[0].allSatisfy(\.isASCIIDigit), ArticleNumber.latinSuffixes.contains(words[1].lowercased()) else { return number }
        return String(words[0]) + words[1].lowercased()
    }

    /// Reads an address in the short form (`art. 3, § 2, al. 2, 1°, a)`) or the long
    /// form (`article 3, § 2, alinéa 2, 1°, a)`), with `1er`, `premier` and `Art.`.
    ///
    /// - Complexity: O(n) in the length of the text.
    public static func parse(_ text: String) -> Result<Address, ParseError> {
        let parts = text.split(separator: ",").map { $0.trimmingSpaces }
        guard let head = parts.first, !head.isEmpty else {
            return .failure(ParseError(message: "empty address"))
        }
        let headWords = head.split(separator: " ", maxSplits: 1).map(String.init)
        let articleWords = ["art.", "art", "article", "artikel", "l'article", "l’article"]
        let number: String
        if headWords.count == 2, articleWords.contains(headWords[0].lowercased()) {
            number = joiningLatinSuffix(headWords[1].trimmingSpaces)
        } else {
            return .failure(ParseError(message: "an address starts with the article: 'art. N' or 'article N', not '\(head)'"))
        }
        guard isNumber(number) else {
            return .failure(ParseError(message: "'\(number)' is not an article number"))
        }
        var address = Address(article: number)
        var seenLevel = 0 // 1 §, 2 alinéa, 3 points, 4 sentence: each part must go smaller
        for part in parts.dropFirst() {
            let lower = part.lowercased()
            func value(after prefixes: [String]) -> String? {
                for prefix in prefixes where lower.hasPrefix(prefix) {
                    let rest = part.dropFirst(prefix.count).trimmingSpaces
                    if !rest.isEmpty { return rest }
                }
                return nil
            }
            func order(_ level: Int) -> ParseError? {
                if level < seenLevel || (level == seenLevel && level != 3) {
                    return ParseError(message: "'\(part)' cannot follow what comes before it (an address goes from the article down)")
                }
                seenLevel = level
                return nil
            }
            if let paragraph = value(after: ["§", "paragraphe "]) {
                if let error = order(1) { return .failure(error) }
                guard isNumber(paragraph) else { return .failure(ParseError(message: "'\(paragraph)' is not a paragraph number")) }
                address.paragraph = OrdinalNumber.normalized(paragraph)
            } else if let alinea = value(after: ["al.", "alinéa ", "alinea ", "lid "]) {
                if let error = order(2) { return .failure(error) }
                guard let n = OrdinalNumber.value(ofOrdinal: alinea), n > 0 else {
                    return .failure(ParseError(message: "'\(alinea)' is not an alinéa number"))
                }
                address.alinea = n
            } else if let sentence = value(after: ["phrase ", "ph. ", "zin "]) {
                if let error = order(4) { return .failure(error) }
                guard let n = OrdinalNumber.value(ofOrdinal: sentence), n > 0 else {
                    return .failure(ParseError(message: "'\(sentence)' is not a sentence number"))
                }
                address.sentence = n
            } else if let dash = value(after: ["tiret "]) {
                if let error = order(3) { return .failure(error) }
                guard let n = OrdinalNumber.value(ofOrdinal: dash), n > 0 else {
                    return .failure(ParseError(message: "'\(dash)' is not a dash number"))
                }
                address.points.append(PointLabel(kind: .dash, value: String(n)))
            } else if let label = PointLabel.parse(part, after: address.points.last) {
                if let error = order(3) { return .failure(error) }
                address.points.append(label)
            } else {
                return .failure(ParseError(message: "'\(part)' is not a paragraph, alinéa, point or sentence"))
            }
        }
        return .success(address)
    }

    /// An article or paragraph number: letters, digits, `.`, `/`, `-` and the ordinal marks,
    /// starting with a letter or a digit (no spaces, control characters or combining marks,
    /// which would print differently from the way they read).
    static func isNumber(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first.properties.isAlphabetic || ("0"..."9").contains(first),
              !first.properties.isGraphemeExtend else { return false }
        // Accents may come decomposed (`e` + U+0300) after the first character.
        return text.unicodeScalars.allSatisfy { scalar in
            scalar.properties.isAlphabetic || scalar.properties.isGraphemeExtend || ("0"..."9").contains(scalar) || ".-/°".unicodeScalars.contains(scalar)
        }
    }

    /// The address, or `nil` when the text is not one.
    public init?(_ text: String) {
        guard case .success(let address) = Address.parse(text) else { return nil }
        self = address
    }
}

extension PointLabel {
    /// Reads a point label as cited or printed: `2°`, `8.1°`, `2/1°`, `1°bis`, `a)`, `a/1)`,
    /// `ii)`. A parenthesised label is a letter unless it follows a letter (then roman).
    public static func parse(_ text: String, after previous: PointLabel?) -> PointLabel? {
        let label = text.trimmingSpaces
        if let degree = label.firstIndex(of: "°") {
            let number = label[..<degree]
            let suffix = label[label.index(after: degree)...]
            // `1°/1`: a point inserted after the 1°, numbered from it, the sign first.
            if suffix.first == "/", suffix.count >= 2, suffix.count <= 4, suffix.dropFirst().allSatisfy(\.isASCIIDigit),
               !number.isEmpty, number.allSatisfy(\.isASCIIDigit) {
                return PointLabel(kind: .degree, value: String(label))
            }
            guard !number.isEmpty, number.first?.isASCIIDigit == true,
                  number.allSatisfy({ $0.isASCIIDigit || $0 == "." || $0 == "/" }),
                  suffix.allSatisfy(\.isLetter), suffix.count <= 12 else { return nil }
            return PointLabel(kind: .degree, value: String(number) + suffix)
        }
        if label.hasSuffix(")"), label.dropLast().allSatisfy(\.isASCIIDigit), label.count >= 2, label.count <= 4 {
            return PointLabel(kind: .number, value: String(label.dropLast()))
        }
        if label.hasSuffix(")") {
            let value = label.dropLast()
            guard !value.isEmpty, value.count <= 8, value.first?.isLetter == true,
                  value.allSatisfy({ ($0.isLetter && $0.isLowercase) || $0.isASCIIDigit || $0 == "/" }) else { return nil }
            let kind: Kind = previous?.kind == .letter && PointLabel.isRoman(String(value)) ? .roman : .letter
            return PointLabel(kind: kind, value: String(value))
        }
        return nil
    }

    /// True for `i`, `ii`, `iv`, `ix`, `xii`, … (lower-case roman numerals).
    public static func isRoman(_ text: String) -> Bool {
        !text.isEmpty && text.count <= 6 && text.allSatisfy { "ivxl".contains($0) }
    }
}
