;;; eglot-lsp-loop.el --- the editor loop in a real Emacs with eglot  -*- lexical-binding: t -*-

;; Driven by EmacsEglotIT: `emacs --batch -q -l eglot-lsp-loop.el' (-q, not -Q, so Debian's
;; site-start puts the elpa-eglot package on the load path). It reads a JSON spec from the file
;; named by $PLUMBLINE_EDITOR_SPEC:
;;   { "cmd": [...], "root": dir, "timeoutMs": n, "result": file,
;;     "files": [ { "path", "languageId", "rule", "fixTitle", "fixedText" } ] }
;; and for each file: visits it in a major mode eglot manages with the server, waits for the rule's
;; diagnostic in Flymake, hovers it, asks `eglot-code-actions' (which sends Flymake's diagnostics in
;; the region), applies the preferred quick fix as the interactive command does, and waits for the
;; diagnostics of the changed version. Writes a JSON report to "result" and stdout, and exits
;; non-zero on any failure.

(require 'cl-lib)
(require 'json)
(require 'subr-x)
(require 'eglot)
(require 'flymake)

(defvar plumbline-spec nil)
(defvar plumbline-report nil)
(defvar plumbline-published (make-hash-table :test 'equal)
  "File truename -> version of the last publishDiagnostics the editor received.")

;; Eglot 1.9 sends one languageId per server, taken from the major mode's name, so the two kinds
;; get a mode (and a server) each, as a user's configuration would have them.
(unless (fboundp 'dockerfile-mode)
  (define-derived-mode dockerfile-mode prog-mode "Dockerfile"))
(unless (fboundp 'yaml-mode)
  (define-derived-mode yaml-mode prog-mode "YAML"))

(cl-defmethod eglot-handle-notification :before
  (_server (_method (eql textDocument/publishDiagnostics)) &key uri version &allow-other-keys)
  (puthash (file-truename (eglot--uri-to-path uri)) (or version -1) plumbline-published))

(defun plumbline-get (object key)
  (alist-get key object))

(defun plumbline-timeout ()
  (/ (plumbline-get plumbline-spec 'timeoutMs) 1000.0))

(defun plumbline-wait (predicate what)
  "Run the event loop until PREDICATE holds; signal an error naming WHAT on timeout."
  (let ((deadline (+ (float-time) (plumbline-timeout))))
    (while (and (not (funcall predicate)) (< (float-time) deadline))
      (accept-process-output nil 0.02))
    (unless (funcall predicate)
      (error "Timed out after %s s waiting for %s" (plumbline-timeout) what))))

(defun plumbline-lsp-diag (diag)
  (cdr (assoc 'eglot-lsp-diag (eglot--diag-data diag))))

(defun plumbline-rule-diagnostics (rule)
  (cl-remove-if-not (lambda (d) (equal (plist-get (plumbline-lsp-diag d) :code) rule))
                    (flymake-diagnostics)))

(defun plumbline-codes ()
  (mapcar (lambda (d) (plist-get (plumbline-lsp-diag d) :code)) (flymake-diagnostics)))

(defun plumbline-check-file (file out)
  "Run the loop on FILE (spec alist), recording into the alist cell OUT."
  (let* ((path (plumbline-get file 'path))
         (rule (plumbline-get file 'rule))
         (mode (if (equal (plumbline-get file 'languageId) "dockerfile") #'dockerfile-mode #'yaml-mode)))
    (let ((coding-system-for-read 'utf-8))
      (find-file path))
    (funcall mode)
    (unless (eglot-current-server)
      ;; the first buffer of a mode starts its server (blocking, see eglot-sync-connect);
      ;; later buffers of that mode are managed through after-change-major-mode-hook
      (apply #'eglot (eglot--guess-contact)))
    (unless eglot--managed-mode
      (error "eglot does not manage %s" path))
    (let ((before (buffer-string))
          (truename (file-truename path)))
      ;; 1. diagnostics, as Flymake has them
      (plumbline-wait (lambda ()
                        (unless eglot--current-flymake-report-fn (flymake-start))
                        (plumbline-rule-diagnostics rule))
                      (format "a %s diagnostic in Flymake (have %S)" rule (plumbline-codes)))
      (let* ((diag (car (plumbline-rule-diagnostics rule)))
             (beg (flymake-diagnostic-beg diag))
             (end (flymake-diagnostic-end diag)))
        (push (cons 'diagnostic (flymake-diagnostic-text diag)) (cdr out))
        (push (cons 'diagnosticsOnOpen (length (flymake-diagnostics))) (cdr out))
        ;; 2. hover on its start
        (goto-char beg)
        (let* ((hover (jsonrpc-request (eglot-current-server) :textDocument/hover
                                       (eglot--TextDocumentPositionParams)))
               (contents (plist-get hover :contents))
               (text (if (stringp contents) contents (or (plist-get contents :value) (format "%S" contents)))))
          (push (cons 'hoverChars (length text)) (cdr out))
          (unless (string-search (concat "# " rule) text)
            (error "Hover does not show the docs of %s: %s" rule (substring text 0 (min 200 (length text))))))
        ;; 3. code actions over the diagnostic's region, with Flymake's diagnostics there
        (let* ((actions (eglot-code-actions beg end))
               (titles (mapcar (lambda (a) (plist-get a :title)) actions))
               ;; Flymake sends every diagnostic in the region, so pick the fix of ours
               (chosen (cl-find-if (lambda (a) (and (equal (plist-get a :kind) "quickfix")
                                                    (plist-get a :isPreferred)
                                                    (cl-some (lambda (d) (equal (plist-get d :code) rule))
                                                             (plist-get a :diagnostics))))
                                   actions)))
          (push (cons 'actions (vconcat titles)) (cdr out))
          (unless chosen
            (error "No preferred quick fix for %s among %S" rule titles))
          (push (cons 'applied (plist-get chosen :title)) (cdr out))
          (unless (string-search (plumbline-get file 'fixTitle) (plist-get chosen :title))
            (error "Preferred fix %S is not the expected %S" (plist-get chosen :title) (plumbline-get file 'fixTitle)))
          (unless (plist-get chosen :edit)
            (error "Quick fix %S carries no edit" (plist-get chosen :title)))
          ;; 4. apply it as `eglot-code-actions' does interactively
          (eglot--apply-workspace-edit (plist-get chosen :edit))))
      (let ((after (buffer-string)))
        (when (equal before after)
          (error "The buffer did not change"))
        (unless (string-search (plumbline-get file 'fixedText) after)
          (error "The buffer lacks %S after the fix:\n%s" (plumbline-get file 'fixedText) after)))
      ;; eglot sends didChange from an idle timer, and batch Emacs is never idle: send it as the
      ;; timer would
      (eglot--signal-textDocument/didChange)
      (let ((version eglot--versioned-identifier))
        (push (cons 'changedVersion version) (cdr out))
        ;; 5. the diagnostics of that version no longer hold the rule
        (plumbline-wait (lambda () (>= (gethash truename plumbline-published -2) version))
                        (format "diagnostics for version %s" version))
        (plumbline-wait (lambda () (null (plumbline-rule-diagnostics rule)))
                        (format "Flymake to drop %s (have %S)" rule (plumbline-codes)))
        (push (cons 'diagnosticsAfterFix (length (flymake-diagnostics))) (cdr out))))
    (setcdr out (cons (cons 'ok t) (assq-delete-all 'ok (cdr out))))))

(defun plumbline-stop-servers ()
  "shutdown + exit for every server, as quitting does; return their exit codes."
  (cl-loop for server in (hash-table-values eglot--servers-by-project)
           append (cl-loop for s in server
                           collect (let ((proc (jsonrpc--process s)))
                                     (setf (eglot--shutdown-requested s) t)
                                     (jsonrpc-request s :shutdown nil :timeout (plumbline-timeout))
                                     (jsonrpc-notify s :exit nil)
                                     (let ((deadline (+ (float-time) (plumbline-timeout))))
                                       (while (and (process-live-p proc) (< (float-time) deadline))
                                         (accept-process-output nil 0.02)))
                                     (if (process-live-p proc) "still running" (process-exit-status proc))))))

(defun plumbline-main ()
  (setq plumbline-spec (json-parse-string
                        (with-temp-buffer
                          (let ((coding-system-for-read 'utf-8))
                            (insert-file-contents (or (getenv "PLUMBLINE_EDITOR_SPEC")
                                                      (error "PLUMBLINE_EDITOR_SPEC unset"))))
                          (buffer-string))
                        :object-type 'alist :array-type 'list))
  (let* ((root (file-name-as-directory (plumbline-get plumbline-spec 'root)))
         (cmd (plumbline-get plumbline-spec 'cmd))
         (all-ok t))
    (setq eglot-sync-connect t
          eglot-connect-timeout (max 60 (round (plumbline-timeout)))
          eglot-autoreconnect nil)
    ;; the spec's root is the project of every file under it, as a VCS root would be
    (add-hook 'project-find-functions
              (lambda (dir) (when (file-in-directory-p dir root) (cons 'transient root))))
    (add-to-list 'eglot-server-programs (cons 'dockerfile-mode cmd))
    (add-to-list 'eglot-server-programs (cons 'yaml-mode cmd))
    (dolist (file (plumbline-get plumbline-spec 'files))
      (let ((out (list 'file (cons 'path (plumbline-get file 'path)) (cons 'rule (plumbline-get file 'rule))
                       (cons 'ok :json-false))))
        (push out plumbline-report)
        (condition-case err
            (plumbline-check-file file out)
          (error (setq all-ok nil)
                 (setcdr out (cons (cons 'error (error-message-string err)) (cdr out)))))))
    (let ((exits (plumbline-stop-servers)))
      (list all-ok exits))))

(let* ((editor (format "emacs %s, %s" emacs-version
                       ;; the package folder: eglot-1.9 from Debian's elpa-eglot
                       (file-name-nondirectory (directory-file-name (file-name-directory (locate-library "eglot"))))))
       (outcome (condition-case err (plumbline-main)
                  (error (list nil nil (error-message-string err)))))
       (exits (nth 1 outcome))
       (ok (and (car outcome) exits (cl-every (lambda (code) (equal code 0)) exits)))
       (json (json-encode
              `((editor . ,editor)
                (ok . ,(if ok t :json-false))
                (serverExits . ,(vconcat exits))
                ,@(when (nth 2 outcome) `((error . ,(nth 2 outcome))))
                (files . ,(vconcat (mapcar #'cdr (reverse plumbline-report))))))))
  (when-let ((result (and plumbline-spec (plumbline-get plumbline-spec 'result))))
    (let ((coding-system-for-write 'utf-8))
      (with-temp-file result (insert json))))
  (princ json)
  (terpri)
  (kill-emacs (if ok 0 1)))
