import ChronolexAmendments
import ChronolexModel
import Testing

/// The real amending act that started the project: arrêté du Gouvernement de la
/// Communauté germanophone du 22 décembre 2022 (numac 2023204494).
///
/// Counted by hand, articles 1 to 29 hold **62 instructions** (distinct source addresses):
/// art. 1 (1), 2 (3), 3 (1), 4 (1), 5 (3), 6 (1), 7 (1), 8 (11: 1°; 2°, a) to e); 3°, a) to e)),
/// i.e. 22 for articles 1-8; then 9 (1), 10 (4), 11 (1), 12 (1), 13 (1), 14 (1), 15 (1),
/// 16 (2), 17 (1), 18 (2), 19 (1), 20 (3), 21 (1: the line printed at the end of Art. 20
/// with the text of Art. 21), 22 (2), 23 (3), 24 (1), 25 (7), 26 (3), 27 (2), 28 (1), 29 (1),
/// i.e. 40 for articles 9-29. Four of them carry two operations ("… est abrogée et les
/// mots … sont remplacés …": art. 5, 3°; art. 8, 2°, d); art. 23, 3°; art. 25, 3°), so
/// they give **66 edits**. Five are "(concerne le texte allemand)" (noop).
@Suite("Seed 004_550d512cf40defbd", .enabled(if: fileExists(seedPath), "shared seed not found at ../shared/seeds (skipped)"))
struct SeedTests {
    static let result = readFile(seedPath)

    var edits: [Edit] { Self.result.0.edits }

    @Test("reads without error; the Art. 20/21 repair is a warning")
    func noErrors() {
        let diagnostics = Self.result.0.diagnostics
        #expect(!diagnostics.contains { $0.severity == .error }, "\(diagnostics)")
        let warnings = diagnostics.filter { $0.severity == .warning }
        #expect(warnings.count == 1)
        #expect(warnings.first?.location?.line == 172)
        #expect(warnings.first?.unit == "Art. 21")
        #expect(warnings.first?.message.contains("read as one instruction of Art. 21") == true)
    }

    @Test("62 instructions in articles 1-29, 66 edits")
    func count() {
        #expect(Set(edits.map(\.source.address)).count == 62)
        #expect(edits.count == 66)
        #expect(edits.filter { $0.kind == .noop }.count == 5)
        #expect(edits.allSatisfy { $0.error == nil && $0.change != nil })
        let articles = Set(edits.map { Int($0.source.article) ?? 0 })
        #expect(articles == Set(1...29))
    }

    @Test("articles 1-8 amend the arrêté on childcare services, 9-29 the one on autonomous childminders")
    func targetActs() {
        for edit in edits {
            let article = Int(edit.source.article) ?? 0
            let title = article <= 8 ? "relatif aux services et autres formes d'accueil d'enfants" : "relatif aux accueillants autonomes"
            #expect(edit.targetAct == ActCitation(kind: .arreteDuGouvernement, date: LegalDate(year: 2014, month: 5, day: 22), title: title),
                    "\(edit.source.address)")
        }
        // The same act gives the same value, whether cited in full or by "du même arrêté".
        #expect(Set(edits.compactMap(\.targetAct)).count == 2)
    }

    @Test("Art. 30: exceptions apply to the named sub-instructions of article 8 only")
    func effectiveDates() {
        let october: Set = ["art. 8, 2°, e)", "art. 8, 3°, d)", "art. 8, 3°, e)"]
        let november: Set = ["art. 8, 1°", "art. 8, 2°, a)", "art. 8, 2°, b)", "art. 8, 2°, c)", "art. 8, 3°, a)", "art. 8, 3°, b)", "art. 8, 3°, c)"]
        for edit in edits {
            let address = edit.source.address
            let expected = october.contains(address) ? "2022-10-01" : (november.contains(address) ? "2022-11-01" : "2023-01-01")
            #expect(edit.effective?.date?.iso == expected, "\(address)")
            // Published on 2023-09-21: every date is earlier.
            #expect(edit.retroactive)
        }
    }

    @Test("Art. 21: one instruction replacing art. 35 by the text printed as Art. 21")
    func article21() throws {
        let edit = try #require(edits.first { $0.source.address == "art. 21" })
        #expect(edit.kind == .replace)
        #expect(edit.targetAddress == "art. 35")
        #expect(edit.source.line == 172)
        #expect(edit.targetAct?.title == "relatif aux accueillants autonomes")
        let text = edit.newText ?? []
        #expect(text.count == 4)
        #expect(text.first?.hasPrefix("§ 1er. L'agréation est octroyée") == true)
        #expect(text.last == "§ 2. Par dérogation au § 1er, l'agréation peut être octroyée, dans des cas exceptionnels motivés, pour une durée inférieure.")
    }

    @Test("sample edits, one per kind of instruction")
    func samples() throws {
        func edit(_ address: String, _ index: Int = 0) throws -> Edit {
            try #require(edits.filter { $0.source.address == address }.dropFirst(index).first)
        }
        let e1 = try edit("art. 1")
        #expect(e1.kind == .insert && e1.newUnit == "8.1°" && e1.targetAddress == "art. 1")
        #expect(e1.history == ["modifié par les arrêtés du Gouvernement des 3 septembre 2015 et 15 juillet 2021"])
        let e3 = try edit("art. 3")
        #expect(e3.place == .between("l'agréation", ", le service d'accueil"))
        let e6 = try edit("art. 6")
        #expect(e6.targetAddress == "titre 4, chapitre 1" && e6.newUnit == "section 2.1")
        let e8d = try edit("art. 8, 2°, d)", 1)
        #expect(e8d.kind == .replace && e8d.words == "." && e8d.newWords == ";")
        let e19 = try edit("art. 19")
        #expect(e19.place == .betweenUnits("al. 2", "al. 3"))
        #expect(e19.notes.contains("qui devient l'alinéa 4"))
        let e26 = try edit("art. 26, 2°")
        #expect(e26.kind == .renumber && e26.targetAddress == "art. 50.1, al. 5" && e26.renumberedAs == "§ 2, al. 1")
        let e29 = try edit("art. 29")
        #expect(e29.targetAddress == "annexe, 6°" && e29.place == .end)
    }
}
