/**
 * One way to own disposables: a view or service extends `Disposable`, hands
 * each listener, emitter and VS Code object it creates to `register`, and is
 * disposed once. No `vscode` import, so that it runs in plain unit tests.
 */

/** Anything with a dispose method: vscode.Disposable, an EventEmitter, a panel. */
export interface IDisposable {
  dispose(): unknown;
}

export abstract class Disposable implements IDisposable {
  private readonly owned: IDisposable[] = [];
  private disposedAlready = false;

  get isDisposed(): boolean {
    return this.disposedAlready;
  }

  /**
   * Owns `disposable` from now on and returns it. Registered after `dispose()`
   * (a late callback), it is disposed at once rather than leaked.
   */
  protected register<T extends IDisposable>(disposable: T): T {
    if (this.disposedAlready) {
      disposable.dispose();
    } else {
      this.owned.push(disposable);
    }
    return disposable;
  }

  /**
   * Disposes everything registered, last first (a listener before the emitter it
   * listens to), once: a panel's own close event and its manager both dispose it.
   * One failing dispose does not keep the others alive; the first error is rethrown after.
   */
  dispose(): void {
    if (this.disposedAlready) {
      return;
    }
    this.disposedAlready = true;
    const errors: unknown[] = [];
    for (const disposable of this.owned.splice(0).reverse()) {
      try {
        disposable.dispose();
      } catch (error) {
        errors.push(error);
      }
    }
    if (errors.length > 0) {
      throw errors[0];
    }
  }
}
