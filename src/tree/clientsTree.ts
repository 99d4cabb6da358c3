/** The sidebar tree: clients of every workspace folder, grouped by folder when there are several. */
import * as vscode from 'vscode';
import { Views } from '../commandIds';
import { WorkspaceStores } from '../store/workspaceStores';
import { TreeNode, childrenOfStore, folderNode, toTreeItem } from './nodes';

export class ClientsTreeProvider implements vscode.TreeDataProvider<TreeNode>, vscode.Disposable {
  private readonly changeEmitter = new vscode.EventEmitter<TreeNode | undefined>();
  private readonly disposables: vscode.Disposable[] = [this.changeEmitter];
  readonly onDidChangeTreeData = this.changeEmitter.event;
  readonly view: vscode.TreeView<TreeNode>;

  constructor(private readonly stores: WorkspaceStores) {
    this.view = vscode.window.createTreeView(Views.clients, { treeDataProvider: this, showCollapseAll: true });
    this.disposables.push(this.view, stores.onDidChange(() => this.changeEmitter.fire(undefined)));
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    return toTreeItem(node);
  }

  getChildren(node?: TreeNode): TreeNode[] {
    if (!node) {
      const present = this.stores.present();
      const multiRoot = (vscode.workspace.workspaceFolders?.length ?? 0) > 1;
      return multiRoot ? present.map(folderNode) : present.flatMap((s) => childrenOfStore(s, undefined));
    }
    return node.kind === 'folder' ? childrenOfStore(node.store, node) : [];
  }

  getParent(node: TreeNode): TreeNode | undefined {
    return node.kind === 'folder' ? undefined : node.parent;
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
  }
}
