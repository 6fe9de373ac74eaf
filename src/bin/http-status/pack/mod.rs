//! The static page pack that `http-status pages` writes: every page as a file, Apache type
//! maps, and configuration for Apache httpd, nginx, Caddy and HAProxy.
//!
//! ```text
//! DIR/README.txt                        how to use each configuration
//! DIR/pages/<code>.<tag>.html|json|txt  the pages (en-US is always there: the fallback)
//! DIR/pages/<code>.var                  Apache type map: every variant, with aliases
//! DIR/apache/http-status-pages.conf     ErrorDocument + negotiation
//! DIR/nginx/http-status-map.conf        http{}: Accept-Language/Accept → file (static)
//! DIR/nginx/http-status-static.conf     server{}: error_page → the files
//! DIR/nginx/http-status-serve.conf      server{}: error_page → `http-status serve`
//! DIR/caddy/http-status-pages.caddy     snippets: static, serve, upstream errors
//! DIR/haproxy/http-status-pages.cfg     a named defaults section with the rules
//! DIR/haproxy/languages.map             accepted tag → the tag of the file to serve
//! ```
//!
//! The pack is built in `DIR.tmp-<pid>` next to DIR, then renamed to DIR, so that DIR is
//! either the old pack or the whole new one, never half of one.

mod aliases;
mod policy;
mod servers;
mod typemap;

use std::fmt;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use http_status_i18n::{Catalog, Format, Locale};

pub(crate) use aliases::{aliases, Alias};

/// What to write.
pub(crate) struct Plan<'c> {
    /// The catalogue whose locales, chains and aliases the pack follows (the embedded one).
    pub(crate) catalog: &'static Catalog,
    /// The catalogue the pages are rendered with: the same locales, with the theme and
    /// templates of the command line.
    pub(crate) pages: &'c Catalog,
    /// The status codes, sorted.
    pub(crate) codes: Vec<u16>,
    /// The locales, in catalogue order; en-US among them.
    pub(crate) locales: Vec<Locale<'static>>,
    /// `host:port` of `http-status serve`, for the configurations that proxy to it.
    pub(crate) serve_addr: String,
}

impl Plan<'_> {
    /// The tags of the pack's locales.
    pub(crate) fn tags(&self) -> Vec<&'static str> {
        self.locales.iter().map(|l| l.tag()).collect()
    }
}

/// What was written.
pub(crate) struct Summary {
    /// The pack's folder, absolute.
    pub(crate) dir: PathBuf,
    /// How many files it holds.
    pub(crate) files: usize,
}

/// Why the pack was not written.
#[derive(Debug)]
pub(crate) enum PackError {
    /// DIR exists, is not empty, and `--force` was not given.
    NotEmpty(PathBuf),
    /// DIR exists and is not a folder.
    NotAFolder(PathBuf),
    /// A file system operation failed.
    Io {
        /// What was being done, naming the path.
        doing: String,
        /// The error.
        error: io::Error,
    },
}

impl fmt::Display for PackError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PackError::NotEmpty(dir) => write!(
                f,
                "{} exists and is not empty; give --force to replace it",
                dir.display()
            ),
            PackError::NotAFolder(dir) => write!(f, "{} exists and is not a folder", dir.display()),
            PackError::Io { doing, error } => write!(f, "cannot {doing}: {error}"),
        }
    }
}

fn io_error(doing: impl FnOnce() -> String) -> impl FnOnce(io::Error) -> PackError {
    move |error| PackError::Io {
        doing: doing(),
        error,
    }
}

/// Writes the pack for `plan` to `out`, atomically; see the module documentation.
pub(crate) fn write(plan: &Plan<'_>, out: &Path, force: bool) -> Result<Summary, PackError> {
    let dir = absolute(out)?;
    let mut files = 0;
    replace_atomically(&dir, force, |tmp| {
        files = fill(plan, &dir, tmp)?;
        Ok(())
    })?;
    Ok(Summary { dir, files })
}

/// `out` made absolute through its (created if missing) parent, so that the configuration
/// files can name the pack's final place.
fn absolute(out: &Path) -> Result<PathBuf, PackError> {
    let name = out.file_name().ok_or_else(|| PackError::Io {
        doing: format!("use {} as the pack's folder", out.display()),
        error: io::Error::new(io::ErrorKind::InvalidInput, "it has no folder name"),
    })?;
    let parent = match out.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    };
    fs::create_dir_all(&parent).map_err(io_error(|| format!("create {}", parent.display())))?;
    let parent = parent
        .canonicalize()
        .map_err(io_error(|| format!("find {}", parent.display())))?;
    Ok(parent.join(name))
}

/// Builds the new content with `build` in `DIR.tmp-<pid>`, then puts it in DIR's place.
/// On any failure the temporary folder is removed and DIR is left as it was.
pub(crate) fn replace_atomically(
    dir: &Path,
    force: bool,
    build: impl FnOnce(&Path) -> Result<(), PackError>,
) -> Result<(), PackError> {
    let existing = match fs::metadata(dir) {
        Ok(meta) if !meta.is_dir() => return Err(PackError::NotAFolder(dir.to_path_buf())),
        Ok(_) => {
            let empty = fs::read_dir(dir)
                .map_err(io_error(|| format!("read {}", dir.display())))?
                .next()
                .is_none();
            if !empty && !force {
                return Err(PackError::NotEmpty(dir.to_path_buf()));
            }
            true
        }
        Err(error) if error.kind() == io::ErrorKind::NotFound => false,
        Err(error) => {
            return Err(PackError::Io {
                doing: format!("look at {}", dir.display()),
                error,
            })
        }
    };
    let tmp = sibling(dir, "tmp");
    if tmp.exists() {
        fs::remove_dir_all(&tmp).map_err(io_error(|| format!("remove {}", tmp.display())))?;
    }
    fs::create_dir(&tmp).map_err(io_error(|| format!("create {}", tmp.display())))?;
    if let Err(error) = build(&tmp) {
        let _ = fs::remove_dir_all(&tmp);
        return Err(error);
    }
    let old = sibling(dir, "old");
    if existing {
        if let Err(error) = fs::rename(dir, &old) {
            let _ = fs::remove_dir_all(&tmp);
            return Err(PackError::Io {
                doing: format!("move {} aside", dir.display()),
                error,
            });
        }
    }
    if let Err(error) = fs::rename(&tmp, dir) {
        if existing {
            let _ = fs::rename(&old, dir);
        }
        let _ = fs::remove_dir_all(&tmp);
        return Err(PackError::Io {
            doing: format!("rename {} to {}", tmp.display(), dir.display()),
            error,
        });
    }
    if existing {
        fs::remove_dir_all(&old).map_err(io_error(|| format!("remove {}", old.display())))?;
    }
    Ok(())
}

/// `DIR.<what>-<pid>`, next to DIR.
fn sibling(dir: &Path, what: &str) -> PathBuf {
    let mut name = dir.file_name().unwrap_or_default().to_os_string();
    name.push(format!(".{what}-{}", std::process::id()));
    dir.with_file_name(name)
}

/// The file extension of a page in `format`.
pub(crate) const fn extension(format: Format) -> &'static str {
    match format {
        Format::Html => "html",
        Format::ProblemJson => "json",
        _ => "txt",
    }
}

/// The three formats, in the order the configurations prefer them.
pub(crate) const FORMATS: [Format; 3] = [Format::Html, Format::ProblemJson, Format::Text];

/// Writes the whole pack into `tmp` (whose final name is `dir`); the number of files.
fn fill(plan: &Plan<'_>, dir: &Path, tmp: &Path) -> Result<usize, PackError> {
    let mut count = 0;
    let mut put = |relative: &str, content: &[u8]| -> Result<(), PackError> {
        let path = tmp.join(relative);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent)
                .map_err(io_error(|| format!("create {}", parent.display())))?;
        }
        fs::write(&path, content).map_err(io_error(|| format!("write {}", path.display())))?;
        count += 1;
        Ok(())
    };
    // Static files are served with one Content-Security-Policy for them all: the union
    // of what each page needs (a theme's or template's styles and logo).
    let mut policies = Vec::new();
    for &code in &plan.codes {
        for &locale in &plan.locales {
            let page = plan.pages.error_page(code).locale(locale.tag());
            for format in FORMATS {
                let name = format!("pages/{code}.{}.{}", locale.tag(), extension(format));
                let rendered = page.render_page(format);
                if format == Format::Html {
                    let policy = rendered.headers().content_security_policy();
                    if !policies.iter().any(|known: &String| known == policy) {
                        policies.push(policy.to_owned());
                    }
                }
                put(&name, rendered.body().as_bytes())?;
            }
        }
    }
    let policy = policy::union(&policies);
    let aliases = aliases(plan.catalog, &plan.tags());
    for &code in &plan.codes {
        put(
            &format!("pages/{code}.var"),
            typemap::render(code, &plan.tags(), &aliases).as_bytes(),
        )?;
    }
    for (name, content) in servers::render(plan, dir, &aliases, &policy) {
        put(name, content.as_bytes())?;
    }
    Ok(count)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("pack-unit-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        dir
    }

    #[test]
    fn a_failed_build_leaves_nothing_behind() {
        let dir = scratch("fail");
        let result = replace_atomically(&dir, false, |tmp| {
            fs::write(tmp.join("half"), "written before the failure").unwrap();
            Err(PackError::Io {
                doing: "write the second file".into(),
                error: io::Error::other("disk full"),
            })
        });
        assert!(result.is_err());
        assert!(!dir.exists(), "no partial DIR");
        assert!(
            !sibling(&dir, "tmp").exists(),
            "the temporary folder is removed"
        );
    }

    #[test]
    fn a_failed_build_keeps_the_old_pack() {
        let dir = scratch("keep");
        fs::create_dir_all(&dir).unwrap();
        fs::write(dir.join("old"), "old pack").unwrap();
        let result = replace_atomically(&dir, true, |tmp| {
            fs::write(tmp.join("new"), "new").unwrap();
            Err(PackError::NotAFolder(tmp.to_path_buf()))
        });
        assert!(result.is_err());
        assert_eq!(fs::read_to_string(dir.join("old")).unwrap(), "old pack");
        assert!(!dir.join("new").exists());
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn force_replaces_the_whole_folder() {
        let dir = scratch("force");
        fs::create_dir_all(&dir).unwrap();
        fs::write(dir.join("stale"), "from the last pack").unwrap();
        replace_atomically(&dir, true, |tmp| {
            fs::write(tmp.join("fresh"), "new").unwrap();
            Ok(())
        })
        .unwrap();
        assert!(dir.join("fresh").exists());
        assert!(!dir.join("stale").exists(), "replaced, not merged");
        assert!(!sibling(&dir, "old").exists());
        fs::remove_dir_all(&dir).unwrap();
    }
}
