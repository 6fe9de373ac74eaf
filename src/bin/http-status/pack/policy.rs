//! One Content-Security-Policy for a pack's static files: the union of what each page
//! needs, since a web server sends the same header with all of them.

/// The union of `policies`: each directive with every source any of them lists, in the
/// order first seen; `'none'` is dropped from a directive that gains a source.
pub(crate) fn union(policies: &[String]) -> String {
    let mut directives: Vec<(String, Vec<String>)> = Vec::new();
    for policy in policies {
        for directive in policy.split(';') {
            let mut words = directive.split_ascii_whitespace();
            let Some(name) = words.next() else {
                continue;
            };
            let position = match directives.iter().position(|(known, _)| known == name) {
                Some(position) => position,
                None => {
                    directives.push((name.to_owned(), Vec::new()));
                    directives.len() - 1
                }
            };
            if let Some((_, sources)) = directives.get_mut(position) {
                for word in words {
                    if !sources.iter().any(|known| known == word) {
                        sources.push(word.to_owned());
                    }
                }
            }
        }
    }
    directives
        .into_iter()
        .map(|(name, mut sources)| {
            if sources.len() > 1 {
                sources.retain(|source| source != "'none'");
            }
            format!("{name} {}", sources.join(" "))
        })
        .collect::<Vec<_>>()
        .join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_policy_is_itself() {
        let policy = http_status_i18n::CONTENT_SECURITY_POLICY.to_owned();
        assert_eq!(union(std::slice::from_ref(&policy)), policy);
    }

    #[test]
    fn sources_are_merged_per_directive_and_none_gives_way() {
        let a = "default-src 'none'; style-src 'sha256-A'; base-uri 'none'".to_owned();
        let b =
            "default-src 'none'; style-src 'sha256-B'; img-src 'self'; base-uri 'none'".to_owned();
        let c = "default-src 'none'; style-src 'none'".to_owned();
        assert_eq!(
            union(&[a, b, c]),
            "default-src 'none'; style-src 'sha256-A' 'sha256-B'; base-uri 'none'; img-src 'self'"
        );
    }
}
