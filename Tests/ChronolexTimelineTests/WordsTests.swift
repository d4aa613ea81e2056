@testable import ChronolexTimeline
import Testing

@Suite("Words found as whole words, words added at the right place")
struct WordsTests {
    @Test(arguments: [
        ("trente", "dans les trente-six jours", 0),
        ("trente", "dans les trente jours, puis trente-six", 1),
        ("mot", "les mots et le mot", 1),
        ("25", "un montant de 25.000 euros et de 25 euros", 1),
        ("000", "un montant de 25.000 euros", 0),
        ("accueillants", "les co-accueillants et les accueillants", 1),
        ("agréation", "l'agréation du service", 1),
        (", le service d'accueil", "l'agréation, le service d'accueil", 1),
        ("60", "dans les 60 jours (600 au plus)", 1),
        // Hand check 5, record 300 (2022040073, art. 19, 1°): Justel prints the amending
        // act's words with two spaces (« 1°,  2° ») where the act amended has one, or the
        // reverse: spacing is no part of the words.
        ("1°,  2°", "les articles 15, § 1er, 1°, 2°, 3° et 9°", 1),
        ("1°, 2°", "les articles 15, § 1er, 1°,  2°,   3° et 9°", 1),
        ("1°, 2°", "les articles 15, § 1er, 1°,2°", 0),
    ])
    func wholeWords(_ words: String, _ text: String, _ count: Int) {
        #expect(Words.occurrences(of: words, in: text).count == count)
    }

    @Test func spacesRunsMatchWhateverTheirLength() {
        let text = "Les articles 15, § 1er, 1°,  2° et 9° sont applicables."
        let found = Words.occurrences(of: "1°, 2°", in: text)
        #expect(found.count == 1)
        #expect(Words.replace(found, in: text, with: "1° à 3°") == "Les articles 15, § 1er, 1° à 3° et 9° sont applicables.")
        // Case-insensitive matching keeps its thousands separators.
        #expect(Words.occurrences(of: "13 000", in: "un montant de 13.000  euros", caseInsensitive: true).count == 1)
    }

    /// Hand check 10, records 62 (2019030197, art. 4) and 221 (2021030266, art. 3, 3°): new
    /// words that open with a comma, inserted between two others, stand against the first.
    @Test func wordsInsertedBetweenTwoOthersKeepTheirPunctuation() throws {
        let text = "des parcs naturels en ce compris les réserves"
        let gap = try #require(Words.gaps(between: "des parcs naturels", and: "en ce compris", in: text).first)
        #expect(Words.insert(", des zoos et des parcs animaliers,", inGap: gap, in: text) == "des parcs naturels, des zoos et des parcs animaliers, en ce compris les réserves")
        #expect(Words.insert("et les jardins", inGap: gap, in: text) == "des parcs naturels et les jardins en ce compris les réserves")
        let comma = "les garanties, des régimes"
        let before = try #require(Words.gaps(between: "les garanties", and: ", des régimes", in: comma).first)
        #expect(Words.insert("fédérales", inGap: before, in: comma) == "les garanties fédérales, des régimes")
        // Before other words, likewise.
        let minister = "Dans ce cas le ministre statue."
        let found = try #require(Words.occurrences(of: "le ministre", in: minister).first)
        #expect(Words.insert(", en outre,", before: found, in: minister) == "Dans ce cas, en outre, le ministre statue.")
        #expect(Words.insert("seul", before: found, in: minister) == "Dans ce cas seul le ministre statue.")
    }

    @Test func completingBeforeTheFinalMark() {
        #expect(Words.complete("le centre;", with: "pour le développement sain") == "le centre pour le développement sain;")
        #expect(Words.complete("le centre;", with: ", sauf exception") == "le centre, sauf exception;")
        #expect(Words.complete("le centre", with: "agréé") == "le centre agréé")
        #expect(Words.complete("Le ministre statue.", with: "sur la suspension d'urgence") == "Le ministre statue sur la suspension d'urgence.")
    }

    /// Eighteenth check, record 222 (2021030266, art. 3, 4°): « le 5° est complété par les mots
    /// " , sauf pour le soin des cheveux … " » on a 5° ending « … et les barbiers ; » once gave
    /// « barbiers , sauf … établissement; »: the new words went after the space before the
    /// final mark, which lost it. The space (or none) before the mark stays before it.
    @Test func completingBeforeAFinalMarkSetOffBySpace() {
        #expect(Words.complete("les coiffeurs et les barbiers ;", with: ", sauf pour le soin des cheveux effectué dans leur établissement")
            == "les coiffeurs et les barbiers, sauf pour le soin des cheveux effectué dans leur établissement ;")
        #expect(Words.complete("les barbiers ;", with: "et les esthéticiens") == "les barbiers et les esthéticiens ;")
        #expect(Words.complete("les barbiers\u{00A0};", with: "agréés") == "les barbiers agréés\u{00A0};")
        #expect(Words.complete("le délai est fixé :", with: "par le Roi") == "le délai est fixé par le Roi :")
        #expect(Words.complete("les barbiers  ", with: ", sauf exception") == "les barbiers, sauf exception")
    }

    /// « le point final est remplacé par un point-virgule » where the text has « … barbiers . »
    /// (a space before the full stop, as some files print it): the new mark takes the same
    /// place; a full stop or comma put where a spaced « ; » stood comes against the word.
    @Test func finalMarkReplacedWhereItStands() {
        #expect(Words.replaceFinalMark("les barbiers ;", mark: ";", with: ".") == "les barbiers.")
        #expect(Words.replaceFinalMark("les barbiers ;", mark: ";", with: ":") == "les barbiers :")
        #expect(Words.replaceFinalMark("les barbiers.", mark: ".", with: ";") == "les barbiers;")
        #expect(Words.replaceFinalMark("les barbiers ;", mark: ";", with: "") == "les barbiers")
    }

    @Test func deletingWordsClosesTheGap() {
        let text = "Le ministre agrée les essais dans les trente jours."
        #expect(Words.delete(Words.occurrences(of: "dans les trente jours", in: text), in: text) == "Le ministre agrée les essais.")
        let comma = "le service, en cas de besoin, statue"
        #expect(Words.delete(Words.occurrences(of: "en cas de besoin", in: comma), in: comma) == "le service,, statue")
    }
}
