//! `//go:embed` (`go doc embed`): a directive before a package-level `var` of type string,
//! `[]byte` or `embed.FS` initializes it with the contents of the files its patterns name.
//! The loader resolved and validated the patterns (the go command's errors); here the
//! directives are attached to their declarations and checked with gc's messages, and the
//! variables get synthesized initializers: a string constant, its conversion to the byte
//! slice type, or for an `embed.FS` a call of package embed's `fromImage` with all files
//! packed in one string constant.

use super::Checker;
use crate::constant::ConstValue;
use crate::tir::{self, Expr, ExprKind, Pos};
use crate::ty::{Type, TypeId};
use parser::ast;

/// The directives attached to one package-level var spec.
#[derive(Clone, Debug)]
pub(crate) struct Embed {
    /// The first directive's position (at `go:embed`).
    pub pos: Pos,
    pub patterns: Vec<String>,
}

impl Checker<'_> {
    /// Attaches the `//go:embed` directives of file `fid` to their var specs (recorded by
    /// the position of the spec's first name) and reports misplaced or misused ones.
    pub(crate) fn collect_embeds(&mut self, file: &ast::File, fid: u32) {
        let src = self.files[fid as usize].src.clone();
        let directives = lexer::embed::embed_directives(&src);
        if directives.is_empty() {
            return;
        }
        let saved = self.file;
        self.file = fid;
        let imports_embed = file.decls.iter().any(|d| match d {
            ast::Decl::Import(imports, _) => imports.iter().any(|i| crate::constant::unquote(&i.path).as_deref() == Some(b"embed".as_slice())),
            _ => false,
        });
        for d in directives {
            let pos = Pos { file: fid, span: ast::Span { start: d.offset as u32 + 2, end: d.offset as u32 + 2 } };
            let Some(next) = d.next.map(|n| n as u32) else {
                self.error(pos, "misplaced go:embed directive");
                continue;
            };
            let target = file.decls.iter().find_map(|decl| match decl {
                ast::Decl::Var(specs, span) if span.start == next => {
                    let grouped = src[next as usize + 3..].trim_start().starts_with('(');
                    (!grouped).then(|| &specs[0])
                }
                ast::Decl::Var(specs, _) => specs.iter().find(|s| s.span.start == next),
                _ => None,
            });
            let Some(spec) = target else {
                let in_func = file.decls.iter().any(|decl| matches!(decl, ast::Decl::Func(f) if f.span.start < next && next < f.span.end));
                let is_var = src[next as usize..].starts_with("var") && !src[next as usize + 3..].starts_with(|c: char| c.is_alphanumeric() || c == '_');
                self.error(pos, if in_func && is_var { "go:embed cannot apply to var inside func" } else { "misplaced go:embed directive" });
                continue;
            };
            if !imports_embed {
                self.error(pos, "go:embed only allowed in Go files that import \"embed\"");
                continue;
            }
            if !spec.values.is_empty() {
                self.error(pos, "go:embed cannot apply to var with initializer");
                continue;
            }
            if spec.names.len() > 1 {
                self.error(pos, "go:embed cannot apply to multiple vars");
                continue;
            }
            let patterns = match d.patterns {
                Ok(p) if p.is_empty() => {
                    self.error(pos, "usage: //go:embed pattern...");
                    continue;
                }
                Ok(p) => p,
                Err(e) => {
                    self.error(pos, e);
                    continue;
                }
            };
            let key = self.pos(spec.names[0].span);
            let e = self.embeds.entry(key).or_insert_with(|| Embed { pos, patterns: Vec::new() });
            e.patterns.extend(patterns.into_iter().map(|(p, _)| p));
        }
        self.file = saved;
    }

    /// The initializer of a package-level variable of type `t` declared at `name_pos` with
    /// `//go:embed` directives, or `None` after reporting why it cannot have one.
    pub(crate) fn embed_init(&mut self, name_pos: Pos, t: TypeId) -> Option<Expr> {
        let e = self.embeds.get(&name_pos)?.clone();
        enum Kind {
            Str,
            Bytes,
            Fs,
        }
        let under = self.types.underlying(t);
        let kind = if under == TypeId::STRING {
            Kind::Str
        } else if matches!(self.types.get(under), Type::Slice(el) if *el == TypeId::UINT8) {
            Kind::Bytes
        } else if self.types.named_info(t).is_some_and(|n| n.name == "FS" && self.pkgs[n.pkg.0 as usize].path == "embed") {
            Kind::Fs
        } else {
            if t != TypeId::INVALID {
                let msg = format!("go:embed cannot apply to var of type {}", self.tstr(t));
                self.error(name_pos, msg);
            }
            return None;
        };
        let path = self.files[e.pos.file as usize].path.clone();
        let files = match self.importer.embed_files(&path, &e.patterns) {
            Ok(f) => f,
            Err(msg) => {
                self.error(e.pos, msg);
                return None;
            }
        };
        let string = |bytes: Vec<u8>| Expr { kind: ExprKind::Const(ConstValue::String(bytes)), ty: TypeId::STRING, pos: name_pos };
        match kind {
            Kind::Str | Kind::Bytes if files.len() != 1 => {
                // gc writes an unnamed byte slice type as `[]byte`.
                let shown = if matches!(kind, Kind::Bytes) && self.types.named_info(t).is_none() { "[]byte".to_string() } else { self.tstr(t) };
                let msg = format!("invalid go:embed: multiple files for type {}", shown);
                self.error(name_pos, msg);
                None
            }
            Kind::Str => {
                let data = files.into_iter().next().unwrap().1;
                Some(Expr { ty: t, ..string(data) })
            }
            Kind::Bytes => {
                let data = files.into_iter().next().unwrap().1;
                Some(Expr { kind: ExprKind::Convert(Box::new(string(data))), ty: t, pos: name_pos })
            }
            Kind::Fs => {
                let Some(pkg) = self.pkg_index.get("embed").copied() else { return None };
                let scope = self.pkgs[pkg.0 as usize].scope;
                let obj = self.scopes.lookup_local(scope, "fromImage");
                if let Some(o) = obj {
                    // Resolved on first reference in a lazily checked package.
                    self.resolve(o);
                }
                let func = match obj.map(|o| &self.obj(o).kind) {
                    Some(super::scope::ObjKind::Func { func }) => *func,
                    _ => {
                        self.error(e.pos, "minigo bug: package embed lacks fromImage");
                        return None;
                    }
                };
                // The image: for each file, its name, a NUL, the length in decimal, a NUL and
                // the contents.
                let mut image = Vec::new();
                for (name, data) in files {
                    image.extend_from_slice(name.as_bytes());
                    image.push(0);
                    image.extend_from_slice(data.len().to_string().as_bytes());
                    image.push(0);
                    image.extend_from_slice(&data);
                }
                let call = tir::Call { callee: tir::Callee::Func(func), args: vec![string(image)], tuple_args: false, ty: t, pos: name_pos };
                Some(Expr { kind: ExprKind::Call(Box::new(call)), ty: t, pos: name_pos })
            }
        }
    }
}
