//! XLIFF 2.0 with quick-xml. Each unit has the reference comment as a `<note>`, one
//! `<segment>` with `state`, and placeables as protected inline codes (`<ph>` with the
//! Fluent text in `<originalData>`) where the text is a single line without select
//! expressions; otherwise the whole Fluent text is the content.
//!
//! quick-xml expands no DTD and no external entity, so a hostile file cannot make the
//! reader fetch or multiply anything; unknown entities are an error.

use std::collections::BTreeMap;
use std::path::Path;

use fluent_syntax::ast::{Entry, Expression, PatternElement};
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};
use quick_xml::{Reader, Writer};

use super::{ExportDoc, ImportDoc, ImportUnit};
use crate::error::{Error, Result};
use crate::files::line_column;
use crate::ftl;

/// The XLIFF 2.0 core namespace.
pub const NAMESPACE: &str = "urn:oasis:names:tc:xliff:document:2.0";

/// A piece of a simple text: plain text or one placeable.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Piece {
    Text(String),
    Code(String),
}

/// The pieces of `text`, or `None` when it is not a single line without selects.
fn pieces(text: &str) -> Option<Vec<Piece>> {
    if text.contains('\n') {
        return None;
    }
    let source = ftl::message_source("x", text);
    let resource = fluent_syntax::parser::parse(source.as_str()).ok()?;
    let Some(Entry::Message(message)) = resource.body.first() else {
        return None;
    };
    let pattern = message.value.as_ref()?;
    let mut out = Vec::new();
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => out.push(Piece::Text((*value).to_owned())),
            PatternElement::Placeable { expression } => {
                if matches!(expression, Expression::Select { .. }) {
                    return None;
                }
                let single = fluent_syntax::ast::Pattern {
                    elements: vec![element.clone()],
                };
                out.push(Piece::Code(ftl::pattern_source(&single, "x")));
            }
        }
    }
    let joined: String = out
        .iter()
        .map(|p| match p {
            Piece::Text(t) | Piece::Code(t) => t.as_str(),
        })
        .collect();
    (joined == text).then_some(out)
}

type XmlWriter = Writer<Vec<u8>>;

fn indent(w: &mut XmlWriter, level: usize) {
    let text = format!("\n{}", "  ".repeat(level));
    let _ = w.write_event(Event::Text(BytesText::from_escaped(text)));
}

fn start(w: &mut XmlWriter, name: &str, attributes: &[(&str, &str)]) {
    let element = BytesStart::new(name).with_attributes(attributes.iter().copied());
    let _ = w.write_event(Event::Start(element));
}

fn end(w: &mut XmlWriter, name: &str) {
    let _ = w.write_event(Event::End(BytesEnd::new(name)));
}

fn text(w: &mut XmlWriter, content: &str) {
    let _ = w.write_event(Event::Text(BytesText::new(content)));
}

/// Writes a content element (`source` or `target`) with `ph` codes.
fn content(
    w: &mut XmlWriter,
    name: &str,
    pieces: &[Piece],
    ids: &[Option<String>],
    data: &BTreeMap<String, String>,
) {
    start(w, name, &[]);
    for (piece, id) in pieces.iter().zip(ids) {
        match (piece, id) {
            (Piece::Text(t), _) => text(w, t),
            (Piece::Code(code), Some(id)) => {
                let data_ref = data.get(code).map(String::as_str).unwrap_or("");
                let element = BytesStart::new("ph")
                    .with_attributes([("id", id.as_str()), ("dataRef", data_ref)]);
                let _ = w.write_event(Event::Empty(element));
            }
            (Piece::Code(code), None) => text(w, code),
        }
    }
    end(w, name);
}

/// `ph` ids for the codes of `pieces`: `prefix` + occurrence number, reusing the source's
/// id for the k-th occurrence of the same code.
fn code_ids(
    pieces: &[Piece],
    source_ids: Option<(&[Piece], &[Option<String>])>,
) -> Vec<Option<String>> {
    let mut next = 0;
    let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
    pieces
        .iter()
        .map(|piece| {
            let Piece::Code(code) = piece else {
                return None;
            };
            let occurrence = seen.entry(code).or_insert(0);
            *occurrence += 1;
            if let Some((source, ids)) = source_ids {
                let matching = source
                    .iter()
                    .zip(ids)
                    .filter(|(p, _)| matches!(p, Piece::Code(c) if c == code))
                    .nth(*occurrence - 1);
                if let Some((_, Some(id))) = matching {
                    return Some(id.clone());
                }
                next += 1;
                return Some(format!("t{next}"));
            }
            next += 1;
            Some(next.to_string())
        })
        .collect()
}

/// Writes `doc` as XLIFF 2.0.
pub fn write(doc: &ExportDoc) -> String {
    let mut w = Writer::new(Vec::new());
    let _ = w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)));
    indent(&mut w, 0);
    start(
        &mut w,
        "xliff",
        &[
            ("xmlns", NAMESPACE),
            ("version", "2.0"),
            ("srcLang", &doc.source_locale),
            ("trgLang", &doc.target_locale),
        ],
    );
    let mut files: Vec<&str> = Vec::new();
    for unit in &doc.units {
        if !files.contains(&unit.file.as_str()) {
            files.push(&unit.file);
        }
    }
    for (index, file) in files.iter().enumerate() {
        let file_id = format!("f{}", index + 1);
        indent(&mut w, 1);
        start(
            &mut w,
            "file",
            &[
                ("id", &file_id),
                ("original", file),
                ("xml:space", "preserve"),
            ],
        );
        for unit in doc.units.iter().filter(|u| u.file == *file) {
            indent(&mut w, 2);
            start(&mut w, "unit", &[("id", &unit.key)]);
            if !unit.notes.is_empty() {
                indent(&mut w, 3);
                start(&mut w, "notes", &[]);
                indent(&mut w, 4);
                start(&mut w, "note", &[("category", "description")]);
                text(&mut w, &unit.notes.join("\n"));
                end(&mut w, "note");
                indent(&mut w, 3);
                end(&mut w, "notes");
            }
            let source_pieces = pieces(&unit.source);
            let target_pieces = unit.target.as_deref().map(pieces);
            let coded = source_pieces.is_some() && !matches!(target_pieces, Some(None));
            let (source_pieces, target_pieces) = if coded {
                (source_pieces.unwrap_or_default(), target_pieces.flatten())
            } else {
                (
                    vec![Piece::Text(unit.source.clone())],
                    unit.target.as_ref().map(|t| vec![Piece::Text(t.clone())]),
                )
            };
            let mut data: BTreeMap<String, String> = BTreeMap::new();
            for piece in source_pieces.iter().chain(target_pieces.iter().flatten()) {
                if let Piece::Code(code) = piece {
                    let next = format!("d{}", data.len() + 1);
                    data.entry(code.clone()).or_insert(next);
                }
            }
            if !data.is_empty() {
                indent(&mut w, 3);
                start(&mut w, "originalData", &[]);
                let mut by_id: Vec<(&String, &String)> = data.iter().map(|(c, d)| (d, c)).collect();
                by_id.sort_by_key(|(d, _)| d[1..].parse::<usize>().unwrap_or(0));
                for (id, code) in by_id {
                    indent(&mut w, 4);
                    start(&mut w, "data", &[("id", id)]);
                    text(&mut w, code);
                    end(&mut w, "data");
                }
                indent(&mut w, 3);
                end(&mut w, "originalData");
            }
            indent(&mut w, 3);
            let state = if unit.reviewed {
                "translated"
            } else {
                "initial"
            };
            let mut attributes = vec![("state", state)];
            if unit.target.is_some() && !unit.reviewed {
                attributes.push(("subState", "l10n:needs-review"));
            }
            start(&mut w, "segment", &attributes);
            let source_ids = code_ids(&source_pieces, None);
            indent(&mut w, 4);
            content(&mut w, "source", &source_pieces, &source_ids, &data);
            if let Some(target_pieces) = &target_pieces {
                let target_ids = code_ids(target_pieces, Some((&source_pieces, &source_ids)));
                indent(&mut w, 4);
                content(&mut w, "target", target_pieces, &target_ids, &data);
            }
            indent(&mut w, 3);
            end(&mut w, "segment");
            indent(&mut w, 2);
            end(&mut w, "unit");
        }
        indent(&mut w, 1);
        end(&mut w, "file");
    }
    indent(&mut w, 0);
    end(&mut w, "xliff");
    let mut out = String::from_utf8(w.into_inner()).unwrap_or_default();
    out.push('\n');
    out
}

/// Where text being read goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Sink {
    None,
    Source,
    Target,
    Data,
}

#[derive(Default)]
struct UnitState {
    id: String,
    line: u32,
    source: Vec<(bool, String)>,
    target: Vec<(bool, String)>,
    has_target: bool,
    states: Vec<String>,
    data: BTreeMap<String, String>,
}

fn resolve(
    parts: &[(bool, String)],
    data: &BTreeMap<String, String>,
) -> std::result::Result<String, String> {
    let mut out = String::new();
    for (is_code, part) in parts {
        if *is_code {
            match data.get(part) {
                Some(code) => out.push_str(code),
                None => {
                    return Err(format!(
                        "a <ph> refers to dataRef {part:?}, which <originalData> lacks"
                    ))
                }
            }
        } else {
            out.push_str(part);
        }
    }
    Ok(out)
}

fn local(name: &[u8]) -> &[u8] {
    match name.iter().rposition(|&b| b == b':') {
        Some(i) => &name[i + 1..],
        None => name,
    }
}

/// Reads an XLIFF 2.0 file.
pub fn read(path: &Path, text: &str) -> Result<ImportDoc> {
    let mut reader = Reader::from_str(text);
    reader.config_mut().trim_text(false);
    let error = |offset: u64, message: String| {
        let (line, column) = line_column(text, offset as usize);
        Error::Interchange {
            path: path.to_owned(),
            position: Some((line, column)),
            message,
        }
    };
    let mut doc = ImportDoc {
        locale: None,
        units: Vec::new(),
    };
    let mut unit: Option<UnitState> = None;
    let mut sink = Sink::None;
    let mut data_id = String::new();
    let mut data_text = String::new();
    let mut saw_xliff = false;
    let mut open: Vec<String> = Vec::new();
    let mut lines = LineCounter::new(text);
    loop {
        let offset = reader.buffer_position();
        let event = reader
            .read_event()
            .map_err(|e| error(reader.error_position(), format!("not well-formed XML: {e}")))?;
        match &event {
            Event::Start(e) => open.push(e.name().as_ref().to_owned()),
            Event::End(_) => {
                open.pop();
            }
            Event::Eof if !open.is_empty() => {
                return Err(error(
                    offset,
                    format!("the file ends before <{}> is closed", open.join("> <")),
                ));
            }
            _ => {}
        }
        match event {
            Event::Start(e) | Event::Empty(e) if !saw_xliff => {
                if local(e.name().as_ref().as_bytes()) != b"xliff" {
                    return Err(error(offset, "the root element is not <xliff>".to_owned()));
                }
                saw_xliff = true;
                for attribute in e.attributes().flatten() {
                    let value = attribute
                        .normalized_value(quick_xml::XmlVersion::Implicit1_0)
                        .map_err(|e| error(offset, e.to_string()))?
                        .into_owned();
                    match attribute.key.as_ref().as_bytes() {
                        b"version" if !value.starts_with('2') => {
                            return Err(error(
                                offset,
                                format!("XLIFF version {value} is not supported; use XLIFF 2.0"),
                            ))
                        }
                        b"trgLang" => doc.locale = Some(value),
                        _ => {}
                    }
                }
            }
            Event::Start(e) => {
                let name = local(e.name().as_ref().as_bytes()).to_vec();
                let attribute = |key: &[u8]| -> Option<String> {
                    e.attributes()
                        .flatten()
                        .find(|a| local(a.key.as_ref().as_bytes()) == key)
                        .and_then(|a| {
                            a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                                .ok()
                                .map(|v| v.into_owned())
                        })
                };
                match name.as_slice() {
                    b"unit" => {
                        let line = lines.line_of(offset as usize);
                        unit = Some(UnitState {
                            id: attribute(b"id").unwrap_or_default(),
                            line,
                            ..UnitState::default()
                        });
                    }
                    b"segment" => {
                        if let Some(unit) = &mut unit {
                            unit.states
                                .push(attribute(b"state").unwrap_or_else(|| "initial".into()));
                        }
                    }
                    b"source" => sink = Sink::Source,
                    b"target" => {
                        sink = Sink::Target;
                        if let Some(unit) = &mut unit {
                            unit.has_target = true;
                        }
                    }
                    b"data" => {
                        sink = Sink::Data;
                        data_id = attribute(b"id").unwrap_or_default();
                        data_text.clear();
                    }
                    b"ph" | b"sc" | b"ec" => {
                        return Err(error(offset, "a <ph> must be empty (<ph .../>)".to_owned()))
                    }
                    _ => {}
                }
            }
            Event::Empty(e) => {
                let name = local(e.name().as_ref().as_bytes()).to_vec();
                if name == b"ph" {
                    let data_ref = e
                        .attributes()
                        .flatten()
                        .find(|a| a.key.as_ref().as_bytes() == b"dataRef")
                        .and_then(|a| {
                            a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                                .ok()
                                .map(|v| v.into_owned())
                        });
                    let Some(data_ref) = data_ref else {
                        return Err(error(
                            offset,
                            "a <ph> without dataRef: this tool only reads the codes it wrote"
                                .to_owned(),
                        ));
                    };
                    if let Some(unit) = &mut unit {
                        match sink {
                            Sink::Source => unit.source.push((true, data_ref)),
                            Sink::Target => unit.target.push((true, data_ref)),
                            _ => {}
                        }
                    }
                } else if name == b"target" {
                    if let Some(unit) = &mut unit {
                        unit.has_target = true;
                    }
                } else if matches!(
                    name.as_slice(),
                    b"sc" | b"ec" | b"pc" | b"mrk" | b"sm" | b"em"
                ) {
                    return Err(error(
                        offset,
                        format!(
                            "inline element <{}> is not supported; keep the codes as exported",
                            String::from_utf8_lossy(&name)
                        ),
                    ));
                }
            }
            Event::End(e) => {
                let name = local(e.name().as_ref().as_bytes()).to_vec();
                match name.as_slice() {
                    b"source" | b"target" => sink = Sink::None,
                    b"data" => {
                        sink = Sink::None;
                        if let Some(unit) = &mut unit {
                            unit.data.insert(data_id.clone(), data_text.clone());
                        }
                    }
                    b"unit" => {
                        if let Some(done) = unit.take() {
                            let source =
                                resolve(&done.source, &done.data).map_err(|m| error(offset, m))?;
                            let target = if done.has_target {
                                Some(
                                    resolve(&done.target, &done.data)
                                        .map_err(|m| error(offset, m))?,
                                )
                            } else {
                                None
                            };
                            let reviewed = !done.states.is_empty()
                                && done.states.iter().all(|s| {
                                    matches!(s.as_str(), "translated" | "reviewed" | "final")
                                });
                            doc.units.push(ImportUnit {
                                key: done.id,
                                source,
                                target,
                                reviewed,
                                line: Some(done.line),
                            });
                        }
                    }
                    _ => {}
                }
            }
            Event::Text(t) => append(&mut unit, sink, &mut data_text, &t.xml10_content()),
            Event::CData(t) => {
                let content = t.as_ref().to_owned();
                append(&mut unit, sink, &mut data_text, &content);
            }
            Event::GeneralRef(r) => {
                let resolved = match r.resolve_char_ref() {
                    Ok(Some(c)) => c.to_string(),
                    Ok(None) => {
                        let name = r.xml10_content();
                        match name.as_ref() {
                            "amp" => "&".to_owned(),
                            "lt" => "<".to_owned(),
                            "gt" => ">".to_owned(),
                            "quot" => "\"".to_owned(),
                            "apos" => "'".to_owned(),
                            other => {
                                return Err(error(offset, format!("unknown entity &{other};")))
                            }
                        }
                    }
                    Err(e) => return Err(error(offset, format!("bad character reference: {e}"))),
                };
                append(&mut unit, sink, &mut data_text, &resolved);
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if !saw_xliff {
        return Err(Error::Interchange {
            path: path.to_owned(),
            position: None,
            message: "no <xliff> element; is this an XLIFF file?".to_owned(),
        });
    }
    Ok(doc)
}

/// Line numbers of increasing offsets, counted incrementally (the reader only moves on).
struct LineCounter<'t> {
    text: &'t str,
    offset: usize,
    line: u32,
}

impl<'t> LineCounter<'t> {
    fn new(text: &'t str) -> Self {
        LineCounter {
            text,
            offset: 0,
            line: 1,
        }
    }

    /// The 1-based line of byte `offset`, which must not be before the last one asked.
    fn line_of(&mut self, offset: usize) -> u32 {
        let offset = offset.clamp(self.offset, self.text.len());
        let newlines = self.text.as_bytes()[self.offset..offset]
            .iter()
            .filter(|&&b| b == b'\n')
            .count();
        self.line = self
            .line
            .saturating_add(u32::try_from(newlines).unwrap_or(u32::MAX));
        self.offset = offset;
        self.line
    }
}

fn append(unit: &mut Option<UnitState>, sink: Sink, data: &mut String, text: &str) {
    match (unit, sink) {
        (_, Sink::Data) => data.push_str(text),
        (Some(unit), Sink::Source) => push_text(&mut unit.source, text),
        (Some(unit), Sink::Target) => push_text(&mut unit.target, text),
        _ => {}
    }
}

fn push_text(parts: &mut Vec<(bool, String)>, text: &str) {
    match parts.last_mut() {
        Some((false, last)) => last.push_str(text),
        _ => parts.push((false, text.to_owned())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::interchange::ExportUnit;

    fn doc(source: &str, target: Option<&str>) -> ExportDoc {
        ExportDoc {
            project: "p".into(),
            source_locale: "en-US".into(),
            target_locale: "de".into(),
            units: vec![ExportUnit {
                file: "e.ftl".into(),
                key: "page-error-label".into(),
                notes: vec!["The label & more <b>.".into()],
                source: source.into(),
                target: target.map(str::to_owned),
                reviewed: true,
            }],
        }
    }

    #[test]
    fn placeables_become_ph_codes_and_come_back() {
        let xml = write(&doc("Error { $code }", Some("{ $code } Fehler & <b>")));
        assert!(xml.contains("<data id=\"d1\">{ $code }</data>"), "{xml}");
        assert!(
            xml.contains("<source>Error <ph id=\"1\" dataRef=\"d1\"/></source>"),
            "{xml}"
        );
        assert!(
            xml.contains("<target><ph id=\"1\" dataRef=\"d1\"/> Fehler &amp; &lt;b&gt;</target>"),
            "{xml}"
        );
        assert!(xml.contains("The label &amp; more &lt;b&gt;."), "{xml}");
        let back = read(Path::new("x.xlf"), &xml).unwrap();
        assert_eq!(back.locale.as_deref(), Some("de"));
        assert_eq!(back.units[0].source, "Error { $code }");
        assert_eq!(
            back.units[0].target.as_deref(),
            Some("{ $code } Fehler & <b>")
        );
        assert!(back.units[0].reviewed);
    }

    #[test]
    fn select_expressions_stay_fluent_text() {
        let select = "{ $n ->\n    [one] One\n   *[other] Many\n}";
        let xml = write(&doc(select, None));
        assert!(!xml.contains("<ph"));
        let back = read(Path::new("x.xlf"), &xml).unwrap();
        assert_eq!(back.units[0].source, select);
        assert_eq!(back.units[0].target, None);
    }

    #[test]
    fn hostile_xml_is_an_error_not_a_panic() {
        for bad in [
            "",
            "<xliff version=\"1.2\"/>",
            "<xliff version=\"2.0\"><file><unit id=\"a\"><segment><source>&xxe;</source></segment></unit></file></xliff>",
            "<!DOCTYPE x [<!ENTITY a \"aaaa\">]><xliff version=\"2.0\"><unit><segment><source>&a;</source></segment></unit></xliff>",
            "<xliff version=\"2.0\"><unit><segment><source><ph id=\"1\" dataRef=\"nope\"/></source></segment></unit></xliff>",
            "<a><b></a>",
        ] {
            assert!(read(Path::new("x.xlf"), bad).is_err(), "{bad}");
        }
    }
}
