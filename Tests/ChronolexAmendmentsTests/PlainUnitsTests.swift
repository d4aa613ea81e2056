@testable import ChronolexAmendments
import ChronolexModel
@testable import ChronolexReaders
import Foundation
import Testing

/// The new texts of plain units read directly (``FragmentReader/plainArticle(_:number:)``) are the
/// units the whole markdown reader reads (``FragmentReader/articles(_:number:)``): every
/// quotation the instructions at hand read, every alinéa and point of those acts taken as
/// a quotation, and written ones (the bench's, and lines the direct reader must decline).
@Suite("Plain new texts read directly, as the whole reader reads them")
struct PlainUnitsTests {
    /// True when the direct reader reads `blocks`; then expects what the whole reader reads.
    @discardableResult
    static func expectSame(_ blocks: [String], number: String = "0", sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Bool {
        guard let plain = FragmentReader.plainArticle(blocks, number: number) else { return false }
        switch FragmentReader.articles(blocks, number: number) {
        case .success(let articles):
            #expect(articles == [plain], "\(blocks)", sourceLocation: sourceLocation)
        case .failure(let failure):
            Issue.record("\(blocks): the whole reader fails (\(failure.message)) where the direct one reads", sourceLocation: sourceLocation)
        }
        return true
    }

    /// The blocks of the new texts of an act's edits.
    static func quotations(_ edits: [Edit]) -> [[String]] {
        edits.compactMap { $0.change?.fragment?.blocks }.filter { !$0.isEmpty }
    }

    /// Each alinéa and each point of the act (its label and words, as a quotation prints
    /// it) as a quotation of one line, and each alinéa with the next one or two.
    static func unitsAsQuotations(_ act: Act) -> [[String]] {
        var lines: [String] = []
        var headed: [[String]] = []
        func add(_ points: [Point]) {
            for point in points {
                lines.append(point.label.description + " " + point.text)
                add(point.points)
            }
        }
        for article in act.articles {
            // The article whole, headed as typed (`Art. 3.1. …`).
            let alineas = article.alineas.prefix(3).map(\.text)
            if let first = alineas.first { headed.append(["Art. \(article.number). \(first)"] + alineas.dropFirst()) }
            for paragraph in article.paragraphs {
                for (k, alinea) in paragraph.alineas.enumerated() {
                    let first = (paragraph.number.map { k == 0 ? "§ \($0). " : "" } ?? "") + alinea.text
                    lines.append(first)
                    add(alinea.points)
                }
            }
        }
        var result = lines.map { [$0] }
        for k in lines.indices.dropLast(2) {
            result.append(Array(lines[k...(k + 1)]))
            result.append(Array(lines[k...(k + 2)]))
        }
        return result + headed
    }

    @Test("every quotation at hand, and every unit of those acts")
    func atHand() throws {
        var quoted = 0, quotedPlain = 0, units = 0, unitsPlain = 0
        for path in LookaheadTests.files {
            guard let act = ActReader.read(path: path).act else { continue }
            for blocks in Self.quotations(InstructionReader.read(act, file: path).edits) {
                quoted += 1
                if Self.expectSame(blocks) { quotedPlain += 1 }
            }
            for blocks in Self.unitsAsQuotations(act) {
                units += 1
                if Self.expectSame(blocks) { unitsPlain += 1 }
                // As an article the instruction numbers (its text without heading).
                for number in ["12", "3355-1", "5bis", "L3355-1", "7/1"] { Self.expectSame(blocks, number: number) }
            }
        }
        // The direct reader takes a good share of both (a newcomer's clone has Corpus/ alone).
        #expect(quotedPlain > 0 && quotedPlain * 5 > quoted, "\(quotedPlain) of \(quoted) quotations")
        #expect(unitsPlain * 5 > units, "\(unitsPlain) of \(units) units")
    }

    @Test("the quotations of the bench's amending act")
    func bench() {
        let taken: [[String]] = [
            ["Le registre peut être tenu sous forme électronique. Il est conservé cinq ans."],
            ["§ 2. Par dérogation au § 1er, le ministre peut accorder une extension.", "Pour ce faire, les accueillants introduisent une demande écrite."],
            ["Par dérogation à l'alinéa 2, le subside peut être liquidé sous forme d'avance."],
            ["4° 5 équivalents temps plein pour la comptabilité;"],
            ["11° 2 équivalents temps plein pour le personnel spécialisé."],
            ["a) les mots qui suivent sont ceux du texte nouveau.", "Un second alinéa après le point, de quelques mots."],
            ["§ 3. Le premier paragraphe du texte nouveau, assez long.", "§ 4. Le second paragraphe du texte nouveau, assez long."],
            ["Un premier alinéa du texte nouveau, assez long.", "§ 5. Un paragraphe après un alinéa sans numéro, assez long."],
            ["Art. 5. Le texte d'un article entier, avec son intitulé."],
            ["Art. 2.1. Les centres d'accueil proposent des formations continues.", "Ils notifient au département les thèmes des formations."],
        ]
        for blocks in taken {
            #expect(Self.expectSame(blocks), "\(blocks)")
            #expect(Self.expectSame(blocks, number: "2.1"), "\(blocks)")
        }
    }

    @Test("lines the direct reader leaves to the whole reader")
    func declined() {
        let declined: [[String]] = [
            ["Abrogé."],
            ["§ 2. Abrogé."],
            ["Les mots suivants : une liste qui suit sur la ligne suivante"],
            ["- un tiret ouvre un point qui n'est pas numéroté du tout"],
            ["– un tiret long ouvre un point qui n'est pas numéroté"],
            ["Les mots « entre guillemets » sont lus par le suivi des guillemets."],
            ["Des mots \"entre guillemets droits\" lus par le suivi des guillemets."],
            ["Des mots [1 entre les marqueurs ]1 de Justel, qui sont les siens."],
            ["| une ligne | d'un tableau | qui n'est pas un alinéa |"],
            ["Un alinéa du texte nouveau assez long pour être lu.", "CHAPITRE 2. - Un intitulé de division et non un alinéa"],
            ["(abrogé) par un arrêté du Gouvernement, pas un marqueur, mais déclinés."],
            ["§ 2. (abrogé) par un arrêté du Gouvernement, pas un marqueur."],
            ["4° (abrogé) par un arrêté du Gouvernement, pas un marqueur."],
            ["Un alinéa du texte nouveau assez long pour être lu.", "4° un point après un alinéa, qui s'y rattache."],
            [" Un alinéa qui commence par une espace, assez long."],
            ["1. Une liste de markdown, lue comme un point numéroté."],
            ["Un", "Deux", "Trois", "Quatre", "Cinq alinéas, un de trop pour le lecteur direct"],
            ["Art. 7/1 Il est interdit de lire un intitulé sans son point, qui est ajouté."],
            ["Art.VI.3-5. L'établissement sans espace après le mot, lu par le lecteur entier."],
            ["Article 5. Le texte d'un article dont l'intitulé est écrit en entier."],
        ]
        for blocks in declined {
            #expect(FragmentReader.plainArticle(blocks, number: "0") == nil, "\(blocks)")
        }
        // Read directly and the same: a first line that would be a heading on a line of its
        // own is the words after the heading `**Art. 0.**` the whole reader puts before it.
        #expect(Self.expectSame(["CHAPITRE 2. - Un intitulé de division lu comme un alinéa"]))
        #expect(Self.expectSame(["Les mots (entre parenthèses) sont des mots comme les autres."]))
    }

    @Test("read as units, the fragment is the one the whole reader gives")
    func asUnits() throws {
        let blocks = ["§ 2. Par dérogation au § 1er, le ministre peut accorder une extension.", "Pour ce faire, les accueillants introduisent une demande écrite."]
        let whole = try FragmentReader.articles(blocks, number: "0").get()
        #expect(try FragmentReader.read(blocks, as: .units).get() == Fragment(blocks: blocks, content: .units(whole[0])))
    }
}
