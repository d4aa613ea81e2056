import ChronolexModel

/// "A l'article 160 du même arrêté, les modifications suivantes sont apportées :",
/// "L'article L. 123-5 du code de l'éducation est ainsi modifié :", "l'article 1er est
/// modifié comme suit :", "Dans l'annexe … sont apportées les modifications suivantes :": a lead-in whose
/// sub-instructions inherit its target and act.
enum LeadInForm: InstructionForm {
    static func read(_ s: inout Scanner, _ clause: ClauseInput) throws(InstructionError) -> [ClauseOutput]? {
        switch clause.subject {
        case .modifications:
            guard s.takeAuxiliary(), s.takeParticiple("apport") else { return nil }
        case .none where s.isWord("sont") && s.isWord("les", at: 2):
            // "Dans le point 3 sont apportées les modifications suivantes :".
            guard s.takeAuxiliary(), s.takeParticiple("apport"), s.take("les", "modifications", "suivantes") else { return nil }
        case .unit where s.tokens[s.index...].allSatisfy({ $0.kind == .punctuation && $0.text != "(" }):
            // "l'article 1er de l'arrêté royal du …, modifié par …," and the points: the
            // act left out "les modifications suivantes sont apportées" (famifed, 2024200597).
            s.index = s.tokens.count
            return [ClauseOutput(target: clause.target, change: nil, isLeadIn: true,
                                 notes: ["the lead-in has no verb: read as « les modifications suivantes sont apportées »"])]
        case .none where s.index > 0 && s.tokens[s.index...].map(\.text) == [":"]:
            // "1° dans le § 2 :" then its points a), b) (2023200531: "dans la colonne relative
            // aux « … » :"): a place alone, whose points are the changes.
            break
        case .unit where s.isWord("les"):
            // "L'article R.88 du même Code, …, les modifications suivantes sont apportées :".
            guard s.take("les", "modifications", "suivantes"), s.takeAuxiliary(), s.takeParticiple("apport") else { return nil }
        case .unit, .none:
            // "est ainsi modifié :", "est modifié comme suit :".
            guard s.takeAuxiliary() else { return nil }
            if s.take("ainsi") {
                guard s.takeParticiple("modifi") else { return nil }
            } else {
                guard s.takeParticiple("modifi"), s.take("comme", "suit") else { return nil }
                // "L'article 12, § 1er, … est modifié comme suit : « Le montant … »" (2020200412):
                // not changes but the unit's whole new text, quoted: its replacement, said.
                if case .unit = clause.subject, s.isMark(":"), s.peek(1)?.kind == .quote {
                    let text = NewText.read(&s, announced: true)
                    var output = ClauseOutput(target: clause.target, change: .replaceUnits(text), announced: true, readAs: NewText.expected(replacing: clause.target))
                    output.warnings = ["« est modifié comme suit » is followed by a whole quoted text, not by changes: read as the unit's new text"]
                    return [output]
                }
            }
        default:
            return nil
        }
        // "… sont apportées concernant le premier domaine d'utilisation :" (2023200531): a
        // part of a table the sub-instructions change, which the model does not hold.
        // "… les modifications suivantes sont apportées à la Liste nominative « Implants … » :",
        // "… apportées à la prestation 172513-172524 :" (2023040057, art. 2): the unit the
        // changes are made to, after the verb, inside the place named before it.
        var target = clause.target
        if s.isWord("a") || s.isWord("au") || s.isWord("aux") {
            var probe = s
            probe.index += 1
            if let ref = ReferenceReader.read(&probe), !ref.parts.isEmpty, ref.act == nil, ref.listed == nil, ref.through == nil,
               probe.isMark(":") {
                target = UnitReference(ReferenceReader.merge(target.steps, ref.parts))
                s = probe
            }
        }
        var part: [String] = []
        if s.isWord("concernant"), let colon = s.tokens[s.index...].firstIndex(where: { $0.isMark(":") }), colon - s.index <= 20 {
            part.append(Scanner.render(s.tokens[s.index..<colon]))
            s.index = colon
        }
        _ = s.take(":")
        var output = ClauseOutput(target: target, change: nil, isLeadIn: true)
        output.table = part
        return [output]
    }
}
