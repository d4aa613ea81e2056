@testable import ChronolexModel
import Testing

/// `LegalDate.parse` reads a date of three plain words (« 3 septembre 2015 ») from its bytes;
/// every text must give what the general reading, over characters, gives.
@Suite("Dates in words read from their bytes, as from their characters")
struct PlainDateTests {
    static let texts: [String] = [
        "3 septembre 2015", "1er janvier 2023", "premier mars 2020", "22 DECEMBRE 2022", "29 février 2024",
        "29 février 2023", "31 avril 2020", "1ste januari 2021", "3 März 2019", "3 maerz 2019", "15 août 2019",
        "15 aout 2019", "3 septembre 15", "3 septembre 20150", "+3 mai 2020", "03 mai 2020", "3  mai 2020",
        " 3 mai 2020", "3 mai 2020 ", "3\u{A0}mai 2020", "3 mai\u{A0}2020", "3 mai 2020.", "3-mai-2020",
        "3 mai 2020 et", "3 mai", "mai 2020", "3 ma\u{301}i 2020", "3 me\u{301}i 2020", "3 mai 2\u{301}020",
        "e\u{301} mai 2020", "3 Mai 2020", "3 MAI 2020", "3 mei 2020", "3 Mei 2020", "3 juin 2020\r\n",
        "3\tmai 2020", "3 mai\t2020", "2014-05-22", "01-09-2014", "01/09/2014", "1.9.2014", "3 décembre 2021",
        "3 de\u{301}cembre 2021", "3 DÉCEMBRE 2021", "ⅲ mai 2020", "٣ mai 2020", "3 mai ２０２０", "",
        "3 septembre 2015 ", "x y z", "1 2 3", "3 ōktober 2020",
    ]

    @Test(arguments: texts)
    func readsAsTheCharactersDo(_ text: String) {
        #expect(LegalDate.parse(text) == LegalDate.parseAsCharacters(text), "« \(text) »")
    }

    @Test func randomTextsReadAsTheCharactersDo() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["3", "1er", "31", "premier", " ", "  ", "\u{A0}", "mai", "février", "fe\u{301}vrier", "2020", "99",
                      "-", "/", ".", "é", "\u{301}", "x", "\t", "MAI", "juin", "1ste", "april"]
        for _ in 0..<5_000 {
            let text = (0..<Int.random(in: 1...6, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(LegalDate.parse(text) == LegalDate.parseAsCharacters(text), "« \(text) »")
        }
    }
}
