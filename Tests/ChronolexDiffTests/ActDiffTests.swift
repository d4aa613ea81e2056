import ChronolexModel
import ChronolexReaders
import Foundation
import Testing
@testable import ChronolexDiff

@Suite("Units")
struct ActDiffTests {
    @Test func changesOfTheLibrariesAct() throws {
        let diff = try diffOf(libraries2019, libraries2023)
        let summary = diff.changes.map { "\($0.kind.rawValue) \($0.oldAddress ?? "-") > \($0.newAddress ?? "-")" }
        #expect(summary == [
            "changed art. 2, 4°, d) > art. 2, 4°, d)",
            "changed art. 2, 8° > art. 2, 8°",
            "changed art. 2, 13° > art. 2, 13°",
            "inserted - > art. 2, 14°",
            "changed Chapitre 2 > Chapitre 2",
            "repealed art. 5 > art. 5",
            "reestablished art. 6 > art. 6",
            "changed art. 9, al. 1 > art. 9, al. 1",
            "changed art. 9, al. 2 > art. 9, al. 2",
            "inserted - > art. 9, al. 3",
            "changed art. 9, al. 3 > art. 9, al. 4",
            "changed art. 14, § 2, 1° > art. 14, § 2, 1°",
            "changed art. 14, § 2, 2° > art. 14, § 2, 2°",
            "changed art. 14, § 2, 3° > art. 14, § 2, 3°",
            "inserted - > art. 14, § 2, 4°",
            "inserted - > art. 14, § 3, al. 2",
            "inserted - > art. 17/1",
            "renumbered art. 20 > art. 21",
        ], "\(summary)")
        let byAddress = Dictionary(diff.changes.map { ($0.address, $0) }, uniquingKeysWith: { a, _ in a })
        #expect(notation(try #require(byAddress["art. 2, 8°"])) == "[-Conseil-]{+Comité+} des bibliothèques : l'organe consultatif institué par l'article 9;")
        #expect(notation(try #require(byAddress["art. 14, § 2, 1°"])) == "un montant forfaitaire de [-25.000-]{+27.500+} euros;")
        #expect(notation(try #require(byAddress["art. 9, al. 1"])).hasPrefix("Il est institué un [-Conseil-]{+Comité+} des bibliothèques, composé de [-sept-]{+neuf+} membres"))
        #expect(try #require(byAddress["art. 17/1"]).new == "Le Gouvernement peut octroyer une subvention pour l'équipement numérique des bibliothèques publiques.\nLe montant de la subvention ne peut dépasser 80 pour cent des dépenses éligibles.")
        #expect(try #require(byAddress["art. 5"]).new == "(Abrogé)")
        let chapter = try #require(byAddress["Chapitre 2"])
        #expect(notation(chapter) == "CHAPITRE 2. - Reconnaissance{+ et prêt numérique+}" || notation(chapter) == "CHAPITRE 2. - Reconnaissance {+et prêt numérique+}")
    }

    @Test func untouchedArticleAbsentFromTextAndJSON() throws {
        let diff = try diffOf(libraries2019, libraries2023)
        let text = TextDiffRenderer.render(diff, style: .plain)
        let json = JSONDiffRenderer.render(diff)
        #expect(!text.contains("règle la reconnaissance et le subventionnement"))
        #expect(!json.contains("règle la reconnaissance et le subventionnement"))
        #expect(!text.contains("art. 1 ") && !json.contains("\"art. 1\""))
        #expect(!text.contains("art. 2, 1°") && !text.contains("art. 2, 4°, a)"))
        #expect(text.contains("@@ art. 2, 8° (changed)\n8° [-Conseil-]{+Comité+} des bibliothèques"))
        #expect(text.contains("(no attribution: comparing two files)"))
        #expect(json.contains("\"attribution\": \"no attribution: comparing two files\""))
    }

    @Test func insertedAlineaDoesNotCascade() throws {
        let old = frontMatter + """
        **Art. 9.** Premier alinéa.

        Deuxième alinéa.

        Troisième alinéa.

        Quatrième alinéa.

        """
        let new = frontMatter + """
        **Art. 9.** Premier alinéa.

        Deuxième alinéa.

        Alinéa inséré entre les alinéas 2 et 3.

        Troisième alinéa.

        Quatrième alinéa.

        """
        let diff = try diffOf(old, new)
        #expect(diff.changes.count == 1)
        let change = try #require(diff.changes.first)
        #expect(change.kind == .inserted)
        #expect(change.newAddress == "art. 9, al. 3")
        #expect(change.words == [WordEdit(.insert, "Alinéa inséré entre les alinéas 2 et 3.")])
    }

    @Test func spacingAloneIsNoChange() throws {
        let old = frontMatter + "**Art. 4.** Les mots «cinq ans» sont remplacés.\n\n1° premier;\n\n2° second.\n"
        let new = frontMatter + "**Art. 4.** Les mots « cinq ans » sont remplacés.\n\n1° premier;\n\n2° second.\n"
        #expect(try diffOf(old, new).changes.isEmpty)
    }

    @Test func renumberedPointsAndRepealedPoint() throws {
        let old = frontMatter + """
        **Art. 2.** On entend par :

        1° premier terme : une définition;

        2° deuxième terme : une autre définition;

        3° troisième terme : encore une définition.

        """
        let new = frontMatter + """
        **Art. 2.** On entend par :

        1° premier terme : une définition;

        2° (...)

        3° terme nouveau : une définition insérée;

        4° troisième terme : encore une définition.

        """
        let diff = try diffOf(old, new)
        let summary = diff.changes.map { "\($0.kind.rawValue) \($0.oldAddress ?? "-") > \($0.newAddress ?? "-")" }
        #expect(summary == ["repealed art. 2, 2° > art. 2, 2°", "inserted - > art. 2, 3°", "renumbered art. 2, 3° > art. 2, 4°"], "\(summary)")
    }

    /// "dont le texte actuel formera le § 1er, est complété par un § 2": the alinéas become
    /// § 1 (a move, words unchanged), § 2 is new (issue 17: not a deletion and an insertion).
    @Test func alineasThatBecomeAParagraphAreMoved() throws {
        let old = frontMatter + """
        **Art. 10.** Le ministre statue dans les trente jours.

        La reconnaissance prend effet le 1er janvier.

        """
        let new = frontMatter + """
        **Art. 10.** § 1er. Le ministre statue dans les trente jours.

        La reconnaissance prend effet le 1er janvier.

        § 2. Le refus est motivé.

        """
        let diff = try diffOf(old, new)
        let summary = diff.changes.map { "\($0.kind.rawValue) \($0.oldAddress ?? "-") > \($0.newAddress ?? "-")" }
        #expect(summary == ["renumbered art. 10, al. 1–2 > art. 10, § 1", "inserted - > art. 10, § 2"], "\(summary)")
        #expect(diff.changes.first?.words.allSatisfy { $0.operation == .equal } == true)
        // Words changed too (over a longer span): one change, the words compared.
        let other = try diffOf(old, new.replacingOccurrences(of: "1er janvier", with: "1er juillet"))
        let changed = other.changes.map { "\($0.kind.rawValue) \($0.oldAddress ?? "-") > \($0.newAddress ?? "-")" }
        #expect(changed == ["changed art. 10, al. 1–2 > art. 10, § 1", "inserted - > art. 10, § 2"], "\(changed)")
        #expect(other.changes.first?.words.filter { $0.operation != .equal }.map(\.text) == ["janvier", "juillet"])
        // Both acts are named, in the order they took effect: the one that changed the words
        // of al. 2, the one that made the §.
        let table = AttributionTable(byNewAddress: ["art. 10, § 1": [Attribution(numac: "2020200001", effective: LegalDate("2020-09-01"))],
                                                    "art. 10, al. 2": [Attribution(numac: "2017200001", effective: LegalDate("2018-01-01"))]],
                                     byOldAddress: ["art. 10, al. 2": [Attribution(numac: "2017200001", effective: LegalDate("2018-01-01"))]])
        let attributed = try diffOf(old, new.replacingOccurrences(of: "1er janvier", with: "1er juillet"), attributions: table)
        #expect(attributed.changes.first?.attribution.map(\.numac) == ["2017200001", "2020200001"])
        // A § of other words is new, and the alinéas are gone.
        let unrelated = try diffOf(old, new.replacingOccurrences(of: "Le ministre statue dans les trente jours.", with: "Tout est neuf ici.")
                                             .replacingOccurrences(of: "La reconnaissance prend effet le 1er janvier.", with: "Rien ne reste."))
        #expect(!unrelated.changes.contains { $0.kind == .renumbered || $0.kind == .changed }, "\(unrelated.changes.map(\.kind))")
    }

    @Test func articleFilter() throws {
        let diff = try diffOf(libraries2019, libraries2023, article: "14")
        #expect(!diff.changes.isEmpty)
        #expect(diff.changes.allSatisfy { $0.article == "14" })
        let first = try diffOf(libraries2019, libraries2023, article: "1er")
        #expect(first.changes.isEmpty)
    }

    @Test func attributionsFromATable() throws {
        let attribution = Attribution(kind: .arreteDuGouvernement, date: LegalDate(year: 2022, month: 12, day: 15),
                                      dossier: "2022-12-15/08", title: "Arrêté du Gouvernement modifiant l'arrêté du 12 mars 2015",
                                      numac: "2022204733", article: "art. 4, 2°, a)", effective: LegalDate(year: 2023, month: 1, day: 1),
                                      publication: LegalDate(year: 2022, month: 12, day: 29))
        let table = AttributionTable(byNewAddress: ["art. 14, § 2, 1°": [attribution], "art. 14": [attribution]])
        let diff = try diffOf(libraries2019, libraries2023, article: "14", attributions: table)
        #expect(diff.hasAttribution)
        #expect(diff.changes.allSatisfy { $0.attribution == [attribution] })
        let text = TextDiffRenderer.render(diff, style: .plain)
        #expect(text.contains("  <- ARR 2022-12-15/08, art. 4, 2°, a); effective 2023-01-01; published 2022-12-29"))
        #expect(!text.contains("no attribution"))
        let html = HTMLDiffRenderer.render(diff)
        #expect(html.contains("id=\"src-1\""))
        #expect(html.contains("href=\"#src-1\""))
        #expect(html.contains("Actes modificatifs"))
    }

    @Test func deterministicBytes() throws {
        let a = try diffOf(libraries2019, libraries2023)
        let b = try diffOf(libraries2019, libraries2023)
        #expect(JSONDiffRenderer.render(a) == JSONDiffRenderer.render(b))
        #expect(HTMLDiffRenderer.render(a) == HTMLDiffRenderer.render(b))
        #expect(HTMLDiffRenderer.render(a, layout: .sideBySide) == HTMLDiffRenderer.render(b, layout: .sideBySide))
        #expect(TextDiffRenderer.render(a, style: .ansi) == TextDiffRenderer.render(b, style: .ansi))
    }

    @Test func jsonShape() throws {
        let diff = try diffOf(libraries2019, libraries2023, article: "14")
        let json = JSONDiffRenderer.render(diff)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let changes = try #require(object["changes"] as? [[String: Any]])
        let first = try #require(changes.first)
        #expect(first["kind"] as? String == "changed")
        #expect(first["oldAddress"] as? String == "art. 14, § 2, 1°")
        #expect(first["old"] as? String == "un montant forfaitaire de 25.000 euros;")
        let words = try #require(first["words"] as? [[String: String]])
        #expect(words.map { $0["op"] ?? "" } == ["equal", "delete", "insert", "equal"])
        #expect(words.map { $0["text"] ?? "" } == ["un montant forfaitaire de ", "25.000", "27.500", " euros;"])
        let keys = json.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map { $0.split(separator: "\"")[1] }
        #expect(Array(keys.prefix(6)) == ["schema", "from", "to", "act", "attribution", "changes"])
    }

    @Test func hostileTextIsEscaped() throws {
        let old = frontMatter + """
        **Art. 3.** Le texte ancien &amp; sûr.

        """
        let new = frontMatter + """
        **Art. 3.** Le texte <script>alert(1)</script> et "><img src=x onerror=alert(1)> " &amp; sûr.

        """
        let diff = try diffOf(old, new)
        for layout in [HTMLDiffRenderer.Layout.inline, .sideBySide] {
            let html = HTMLDiffRenderer.render(diff, layout: layout)
            #expect(!html.contains("<script"))
            #expect(!html.contains("<img"))
            #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            #expect(html.contains("&lt;img src=x onerror=alert(1)&gt;"))
            #expect(html.contains("&amp;amp;"))
        }
    }

    @Test func dutchLabels() throws {
        var old = try readAct(libraries2019)
        var new = try readAct(libraries2023)
        old.metadata.language = .dutch
        new.metadata.language = .dutch
        let diff = ActDiffer.diff(old: old, new: new, from: ActDiff.Side(label: "a"), to: ActDiff.Side(label: "b"))
        let html = HTMLDiffRenderer.render(diff)
        #expect(html.contains("lang=\"nl\""))
        #expect(html.contains("Vergelijking van twee versies"))
        #expect(html.contains("ingevoegd"))
        #expect(!html.contains("Comparaison"))
    }
}

@Suite("Example page")
struct ExamplePageTests {
    /// The diff of the two example versions with attributions as the timeline will give
    /// them (hand-written here from Corpus/README.md). Set CHRONOLEX_DIFF_EXAMPLE_HTML to
    /// a path to keep the page (docs/diff-example.png is its screenshot).
    @Test func pageWithLegend() throws {
        let december2022 = Attribution(kind: .arreteDuGouvernement, date: LegalDate(year: 2022, month: 12, day: 15), dossier: "2022-12-15/08",
                                       title: "Arrêté du Gouvernement modifiant l'arrêté du Gouvernement du 12 mars 2015 relatif aux bibliothèques publiques",
                                       numac: "2022204733", effective: LegalDate(year: 2023, month: 1, day: 1), publication: LegalDate(year: 2022, month: 12, day: 29))
        let december2020 = Attribution(kind: .decret, date: LegalDate(year: 2020, month: 12, day: 7), dossier: "2020-12-07/15",
                                       title: "Décret modifiant l'arrêté du Gouvernement du 12 mars 2015 relatif aux bibliothèques publiques et le décret du 20 juin 2016 relatif aux aires de jeux publiques",
                                       numac: "2021200417", effective: LegalDate(year: 2020, month: 9, day: 1), publication: LegalDate(year: 2021, month: 2, day: 15))
        func at(_ base: Attribution, _ article: String, effective: LegalDate? = nil) -> [Attribution] {
            var copy = base
            copy.article = article
            if let effective { copy.effective = effective }
            return [copy]
        }
        let october = LegalDate(year: 2022, month: 10, day: 1)
        let table = AttributionTable(byNewAddress: [
            "art. 2, 4°, d)": at(december2022, "art. 1er, 1°"), "art. 2, 8°": at(december2022, "art. 7"),
            "art. 2, 13°": at(december2022, "art. 1er, 2°"), "art. 2, 14°": at(december2022, "art. 1er, 3°"),
            "art. 6": at(december2022, "art. 2"), "art. 9": at(december2022, "art. 3 et 7"),
            "art. 14, § 2, 1°": at(december2022, "art. 4, 2°, a)"), "art. 14, § 2, 2°": at(december2022, "art. 4, 2°, b)", effective: october),
            "art. 14, § 2, 3°": at(december2022, "art. 4, 2°, c)"), "art. 14, § 2, 4°": at(december2022, "art. 4, 2°, d)"),
            "art. 14, § 3, al. 2": at(december2022, "art. 4, 3°", effective: october),
            "art. 17/1": at(december2020, "art. 6"), "Chapitre 2": at(december2022, "art. 8"),
        ], byOldAddress: [:])
        let diff = ActDiffer.diff(old: try readAct(libraries2019), new: try readAct(libraries2023),
                                  from: ActDiff.Side(label: "2019-06-01", date: LegalDate(year: 2019, month: 6, day: 1)),
                                  to: ActDiff.Side(label: "2023-01-01", date: LegalDate(year: 2023, month: 1, day: 1)),
                                  attributions: table)
        let html = HTMLDiffRenderer.render(diff)
        #expect(html.contains("<dd>1er juin 2019</dd>"))
        #expect(html.contains("<li id=\"src-1\">"))
        #expect(html.contains("<li id=\"src-2\">"))
        #expect(html.contains("ARR 2022-12-15/08, art. 4, 2°, b), en vigueur le 1er octobre 2022"))
        if let path = ProcessInfo.processInfo.environment["CHRONOLEX_DIFF_EXAMPLE_HTML"] {
            try html.write(toFile: path, atomically: true, encoding: .utf8)
        }
    }
}

@Suite("Several comparisons")
struct SeveralComparisonsTests {
    /// Every version against the one before, on one page: ids stay unique.
    @Test func onePageUniqueIDs() throws {
        let a = try diffOf(libraries2019, libraries2023)
        let b = try diffOf(libraries2023, libraries2019)
        let html = HTMLDiffRenderer.render([a, b])
        var ids: [Substring] = []
        var rest = html[...]
        while let range = rest.range(of: " id=\"") {
            let after = rest[range.upperBound...]
            guard let end = after.firstIndex(of: "\"") else { break }
            ids.append(after[..<end])
            rest = after[end...]
        }
        #expect(ids.count > 40)
        #expect(Set(ids).count == ids.count, "duplicate ids")
        #expect(html.contains("id=\"comparison-2\""))
        #expect(HTMLDiffRenderer.render(a) == HTMLDiffRenderer.render([a]))
    }
}

@Suite("Justel versions", .enabled(if: FileManager.default.fileExists(atPath: Paths.fedris.appendingPathComponent("2007022782.v005-2024.md").path),
                                   "shared/corpus/fedris-ar-2007 is not present"))
struct JustelVersionsTests {
    func read(_ name: String) throws -> Act {
        let result = ActReader.read(path: Paths.fedris.appendingPathComponent(name).path)
        #expect(!result.hasErrors)
        return try #require(result.act)
    }

    @Test func fedrisV004ToV005() throws {
        let old = try read("2007022782.v004-2018.md")
        let new = try read("2007022782.v005-2024.md")
        let same = ActDiffer.diff(old: new, new: new, from: .init(label: "a"), to: .init(label: "b"))
        #expect(same.changes.isEmpty)
        let diff = ActDiffer.diff(old: old, new: new, from: .init(label: "v004"), to: .init(label: "v005"))
        #expect(diff.changes.contains { $0.kind == .inserted && $0.newAddress == "art. 1/1" })
        // The dashes of art. 1 became numbered points: paired, not removed and re-inserted.
        #expect(diff.changes.contains { $0.kind == .changed && $0.oldAddress?.hasSuffix("tiret 1") == true && $0.newAddress?.hasSuffix(", 1°") == true })
        #expect(JSONDiffRenderer.render(diff) == JSONDiffRenderer.render(ActDiffer.diff(old: old, new: new, from: .init(label: "v004"), to: .init(label: "v005"))))
    }
}
