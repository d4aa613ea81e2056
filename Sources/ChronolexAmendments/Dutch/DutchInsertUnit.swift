import ChronolexModel

/// "In … wordt een artikel 5/1 ingevoegd, luidende: « … »": a new unit, placed by its
/// number (or by the place named before); "Aan artikel 7 wordt een lid toegevoegd,
/// luidende: « … »": a new unit at the end.
///
/// The place may stand between the auxiliary and the unit, as Dutch orders it: « wordt
/// tussen het eerste en het tweede lid een lid ingevoegd », « wordt na het eerste lid een lid
/// ingevoegd », « wordt na artikel 5 een artikel 5/1 ingevoegd » (look 19: taken for
/// provisions of the act).
enum DutchInsertUnitForm: InstructionForm {
    static func read(_ s: inout Scanner, _ clause: ClauseInput) throws(InstructionError) -> [ClauseOutput]? {
        let start = s.index
        guard case .none = clause.subject, s.takeAny(["wordt", "worden"]) != nil else { return nil }
        var target = clause.target.steps
        var placed = clause.unitAnchor
        var notes: [String] = []
        // « wordt in § 1 tussen het eerste en het tweede lid een lid ingevoegd » (look 20).
        guard DutchPlace.read(&s, into: &target) else { s.index = start; return nil }
        var acts: [CitedAct] = []
        try UnitPlacement.read(&s, target: &target, position: &placed, notes: &notes, acts: &acts, words: .dutch)
        guard let unit = NewUnitReader.read(&s) else {
            s.index = start
            return nil
        }
        // « Aan artikel 7 wordt een lid toegevoegd, luidende: » (look 23): added at the end,
        // the Dutch « il est ajouté ».
        if placed == clause.unitAnchor, s.take("toegevoegd") {
            let announced = NewText.takeAnnouncement(&s)
            let text = NewText.read(&s, announced: announced)
            var output = CompleteUnitForm.appended(unit, text, to: UnitReference(target), announced: announced)
            output.notes += notes
            output.acts = acts
            return [output]
        }
        guard s.take("ingevoegd") else {
            s.index = start
            return nil
        }
        let announced = NewText.takeAnnouncement(&s)
        // The place named, before the verb or after it (« Na artikel 5 wordt een artikel 5/1
        // ingevoegd », « tussen de artikelen 2 en 3 wordt … »: look 28, the place before the
        // verb was dropped for the number), else the number.
        let position: UnitPosition? = placed ?? (unit.isNumbered ? .byNumber : nil)
        // « wordt een lid ingevoegd, luidende: » and no place (look 20): not placed, as in French.
        if position == nil, !unit.isNumbered, [.alinea, .paragraph, .point, .dash].contains(unit.kind) {
            throw InstructionError("« ingevoegd » without saying where (« tussen », « na », « voor » a unit): the new \(unit) is not placed")
        }
        let reference = UnitReference(UnitPlacement.holder(of: unit, in: target))
        let text = NewText.read(&s, announced: announced)
        return [ClauseOutput(target: reference, change: .insertUnits(unit, text, at: position), notes: notes, announced: announced, readAs: unit.expectedText, acts: acts)]
    }
}
