import ChronolexModel

/// "l'alinéa 1er devient le § 1er, alinéa 1er", "l'alinéa 5 devient le § 2, alinéa 1er",
/// "l'article L. 123-4-1 devient l'article L. 123-4-2": the unit moves or takes a new number.
enum RenumberForm: InstructionForm {
    static func read(_ s: inout Scanner, _ clause: ClauseInput) throws(InstructionError) -> [ClauseOutput]? {
        guard case .unit = clause.subject else { return nil }
        guard s.take("devient") || s.take("deviennent") else { return nil }
        guard let ref = ReferenceReader.read(&s), !ref.parts.isEmpty else {
            throw InstructionError("\"devient\" must name the new unit: «\(s.rest())»")
        }
        return [ClauseOutput(target: clause.target, change: .renumber(as: UnitReference(ref.parts)))]
    }
}
