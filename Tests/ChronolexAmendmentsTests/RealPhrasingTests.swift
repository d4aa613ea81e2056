import ChronolexAmendments
import ChronolexModel
import Testing

/// Phrasings of real Moniteur acts (../shared/corpus/fedris-ar-2007/2024201246.amending.md)
/// that the first grammar did not read.
@Suite("Real phrasings")
struct RealPhrasingTests {
    @Test func historyClauseModifiedLastly() throws {
        let result = edits("Dans le même arrêté, modifié en dernier lieu par l'arrêté du Gouvernement du 11 mars 2018, il est inséré un chapitre 1er, comportant l'article 1er, intitulé : « Disposition générale ».")
        #expect(!result.hasErrors, "\(result.diagnostics)")
        let edit = try #require(result.edits.first)
        #expect(edit.kind == .insert)
        #expect(edit.operation?.newUnit == "chapitre 1er")
        #expect(edit.operation?.newText == ["Disposition générale"])
        #expect(edit.history == ["modifié en dernier lieu par l'arrêté du Gouvernement du 11 mars 2018"])
        #expect(edit.notes == ["comportant l'article 1er"])
    }

    @Test func aDashCitedByItsPosition() throws {
        let result = edits("Dans l'article 5, troisième tiret, du même arrêté, les mots « dix » sont remplacés par les mots « douze ».")
        #expect(!result.hasErrors, "\(result.diagnostics)")
        #expect(result.edits.first?.target.description == "art. 5, tiret 3")
    }

    @Test func aHistoryClauseWithoutItsClosingComma() throws {
        let result = edits("L'arrêté royal du 7 février 2018 déterminant les conditions d'un projet pilote, modifié en dernier lieu par l'arrêté royal du 20 septembre 2023 est abrogé.")
        #expect(!result.hasErrors, "\(result.diagnostics)")
        let edit = try #require(result.edits.first)
        #expect(edit.kind == .repeal)
        #expect(edit.targetAct?.kind == .arreteRoyal)
        #expect(edit.targetAct?.date?.iso == "2018-02-07")
    }
}
