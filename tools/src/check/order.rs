//! Order and comments: a translation keeps its reference's messages in the same order and
//! its comments as they are (`#` comments give the next translator the context; they stay
//! in the reference's language).

use std::collections::HashMap;

use fluent_syntax::ast::Entry;

use super::{Checker, Draft, Outcome};
use crate::finding::Rule;
use crate::ftl::Parsed;
use crate::layout::FileRef;

/// The standalone comments of a file (`#`, `##`, `###` not attached to a message), in order.
fn standalone_comments<'s>(parsed: &'s Parsed) -> Vec<(&'s str, String)> {
    parsed
        .resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            Entry::Comment(c) => Some(("#", c.content.join("\n"))),
            Entry::GroupComment(c) => Some(("##", c.content.join("\n"))),
            Entry::ResourceComment(c) => Some(("###", c.content.join("\n"))),
            _ => None,
        })
        .collect()
}

impl Checker<'_> {
    /// Messages in the reference's order; every message's comment and every standalone
    /// comment as in the reference.
    pub(super) fn order_and_comments(
        &self,
        locale: &str,
        file: &FileRef,
        reference: &Parsed,
        parsed: &Parsed,
        out: &mut Outcome,
    ) {
        let positions: HashMap<&str, usize> = reference
            .messages()
            .enumerate()
            .map(|(i, m)| (m.id.name, i))
            .collect();
        let mut last: Option<(usize, &str)> = None;
        for message in parsed.messages() {
            let Some(&position) = positions.get(message.id.name) else {
                continue;
            };
            if let Some((before, before_id)) = last {
                if position < before {
                    self.push(
                        out,
                        Draft::new(
                            Rule::Order,
                            locale,
                            &file.display,
                            format!(
                                "`{}` comes after `{before_id}` here but before it in {}; keep \
                                 the reference's order",
                                message.id.name,
                                self.config().reference_locale()
                            ),
                        )
                        .at(parsed.position(message.id.name))
                        .id(message.id.name),
                    );
                    break;
                }
            }
            last = Some((position, message.id.name));
        }
        // A message not yet translated stays commented out with its comment (as
        // `new-locale` writes it): such a comment is the message's, not a standalone one.
        let commented_out = |text: &str| {
            text.lines().any(|line| {
                reference.messages().any(|m| {
                    line.strip_prefix(m.id.name)
                        .is_some_and(|rest| rest.trim_start().starts_with('='))
                })
            })
        };
        for message in parsed.messages() {
            let Some(reference_message) = reference.message(message.id.name) else {
                continue;
            };
            let ours = message.comment.as_ref().map(|c| c.content.join("\n"));
            let theirs = reference_message
                .comment
                .as_ref()
                .map(|c| c.content.join("\n"));
            // Untranslated messages commented out right above (as `new-locale` writes
            // them) join this message's comment; what follows them must be the reference's.
            let after_commented_out = match (&ours, &theirs) {
                (Some(ours), Some(theirs)) => ours
                    .strip_suffix(theirs.as_str())
                    .is_some_and(|prefix| prefix.ends_with('\n') && commented_out(prefix)),
                (Some(ours), None) => commented_out(ours),
                _ => false,
            };
            if ours != theirs && !after_commented_out {
                self.push(
                    out,
                    Draft::new(
                        Rule::Comments,
                        locale,
                        &file.display,
                        format!(
                            "the comment of `{}` differs from {}'s; copy it unchanged (comments \
                             stay in the reference's language)",
                            message.id.name,
                            self.config().reference_locale()
                        ),
                    )
                    .at(parsed.position(message.id.name))
                    .id(message.id.name),
                );
            }
        }
        let ours: Vec<_> = standalone_comments(parsed)
            .into_iter()
            .filter(|(_, text)| !commented_out(text))
            .collect();
        let theirs = standalone_comments(reference);
        if ours != theirs {
            let index = ours
                .iter()
                .zip(&theirs)
                .position(|(a, b)| a != b)
                .unwrap_or(ours.len().min(theirs.len()));
            self.push(
                out,
                Draft::new(
                    Rule::Comments,
                    locale,
                    &file.display,
                    format!(
                        "the file's standalone comments differ from {}'s from the {} one on; \
                         copy them unchanged",
                        self.config().reference_locale(),
                        ordinal(index + 1)
                    ),
                ),
            );
        }
    }
}

fn ordinal(n: usize) -> String {
    let suffix = match (n % 10, n % 100) {
        (1, 11) | (2, 12) | (3, 13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}
