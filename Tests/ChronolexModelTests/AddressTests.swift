@testable import ChronolexModel
import Testing

@Suite("Addresses: parse and print, short and long forms")
struct AddressTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let input: String
        let short: String
        let long: String
        var testDescription: String { input }
    }

    static let cases: [Case] = [
        Case(input: "art. 3, § 2, al. 2", short: "art. 3, § 2, al. 2", long: "article 3, § 2, alinéa 2"),
        Case(input: "art. 8, 2°, e)", short: "art. 8, 2°, e)", long: "article 8, 2°, e)"),
        Case(input: "art. 4/1", short: "art. 4/1", long: "article 4/1"),
        Case(input: "art. L1122-30", short: "art. L1122-30", long: "article L1122-30"),
        Case(input: "art. XI.172", short: "art. XI.172", long: "article XI.172"),
        Case(input: "art. 155.1, al. 3", short: "art. 155.1, al. 3", long: "article 155.1, alinéa 3"),
        Case(input: "article 3, § 2, alinéa 2", short: "art. 3, § 2, al. 2", long: "article 3, § 2, alinéa 2"),
        Case(input: "article 1er, § 1er, alinéa 1er", short: "art. 1, § 1, al. 1", long: "article 1, § 1, alinéa 1"),
        Case(input: "Art. 160, § 4, al. 1, 10°", short: "art. 160, § 4, al. 1, 10°", long: "article 160, § 4, alinéa 1, 10°"),
        Case(input: "art. 2, 8.1°", short: "art. 2, 8.1°", long: "article 2, 8.1°"),
        Case(input: "art. 2, 1°bis", short: "art. 2, 1°bis", long: "article 2, 1°bis"),
        Case(input: "art. 2, 3°, a/1)", short: "art. 2, 3°, a/1)", long: "article 2, 3°, a/1)"),
        Case(input: "art. 2, 3°, b), ii)", short: "art. 2, 3°, b), ii)", long: "article 2, 3°, b), ii)"),
        Case(input: "art. 5, al. 2, tiret 3", short: "art. 5, al. 2, tiret 3", long: "article 5, alinéa 2, tiret 3"),
        Case(input: "art. 51, § 1, al. 1, phrase 2", short: "art. 51, § 1, al. 1, phrase 2", long: "article 51, § 1, alinéa 1, phrase 2"),
        Case(input: "article premier", short: "art. 1", long: "article 1"),
        Case(input: "art. 7, § 2bis", short: "art. 7, § 2bis", long: "article 7, § 2bis"),
        Case(input: "art. 7, § 2/1, alinéa deuxième", short: "art. 7, § 2/1, al. 2", long: "article 7, § 2/1, alinéa 2"),
    ]

    @Test(arguments: cases)
    func parsesAndPrints(_ c: Case) throws {
        let address = try Address.parse(c.input).get()
        #expect(address.description == c.short)
        #expect(address.longDescription == c.long)
        // Printing then parsing gives the same address, in both forms.
        #expect(try Address.parse(address.description).get() == address)
        #expect(try Address.parse(address.longDescription).get() == address)
    }

    @Test func romanAfterLetterAndLetterAfterDegree() throws {
        let address = try Address.parse("art. 2, 3°, b), ii)").get()
        #expect(address.points.map(\.kind) == [.degree, .letter, .roman])
        let letterI = try Address.parse("art. 2, i)").get()
        #expect(letterI.points.map(\.kind) == [.letter])
    }

    @Test(arguments: [
        ("", "empty address"),
        ("§ 2", "an address starts with the article: 'art. N' or 'article N', not '§ 2'"),
        ("art. 3, al. 2, § 1", "'§ 1' cannot follow what comes before it (an address goes from the article down)"),
        ("art. 3, foo", "'foo' is not a paragraph, alinéa, point or sentence"),
        ("art. 3, al. zéro", "'zéro' is not an alinéa number"),
        ("art. 3, al. 1, al. 2", "'al. 2' cannot follow what comes before it (an address goes from the article down)"),
    ])
    func rejects(_ input: String, _ message: String) {
        #expect(throws: Address.ParseError(message: message)) { try Address.parse(input).get() }
    }

    @Test func anchorsAreIdentifiers() throws {
        let address = try Address.parse("art. 4/1, § 2, al. 3, 1°, a)").get()
        #expect(address.anchor == "art-4_1-par-2-al-3-1-a")
    }
}

/// Issue 14: an anchor's slug is made byte by byte; it is the slug made through Unicode's
/// properties, scalar by scalar (an ASCII letter or digit kept, anything else `_`).
@Suite("Anchors' slugs")
struct SlugTests {
    static func reference(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                result.unicodeScalars.append(scalar)
            } else {
                result += "_"
            }
        }
        return result
    }

    @Test func sameAsByUnicodeProperties() {
        let pieces = ["3", "bis", "L3355-1", "R.87", "VI.3-5", "1er", "é", "ª", "º", "Ⅳ", "²", "½", "e\u{301}", "😀", " ", "_", "-", "/", "Z", "z", "@", "[", "`", "{"]
        for text in generatedTexts(pieces, count: 3_000, seed: 3, lengthShift: 61) {
            #expect(Address.slug(text) == Self.reference(text), "\(text.debugDescription)")
        }
    }
}

/// « 5 bis », as instructions sometimes print it (look 31: `--article "5 bis"` was « not an
/// article number »).
@Suite("An article number with its latin suffix apart")
struct LatinSuffixApartTests {
    @Test func joined() throws {
        #expect(try Address.parse("art. 5 bis").get().article == "5bis")
        #expect(try Address.parse("article 12 Quater").get().article == "12quater")
        #expect(Address.joiningLatinSuffix("5 bas") == "5 bas")
    }
}
