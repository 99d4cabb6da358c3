/** The sidebar tree: clients of every workspace folder (grouped by folder when there are several), their signals and evidence. */
import * as vscode from 'vscode';
import { Views } from '../commandIds';
import { HealthModel } from '../store/healthModel';
import { TreeNode, childrenOfClient, childrenOfSignal, childrenOfStore, folderNode } from './nodes';
import { toTreeItem } from './items';
import { Disposable } from '../lifecycle';
import { mark } from '../startupMarks';
import { ImportDropController } from './dropImport';

export class ClientsTreeProvider extends Disposable implements vscode.TreeDataProvider<TreeNode> {
  private readonly changeEmitter = this.register(new vscode.EventEmitter<TreeNode | undefined>());
  readonly onDidChangeTreeData = this.changeEmitter.event;
  readonly view: vscode.TreeView<TreeNode>;
  readonly dropController = new ImportDropController();

  constructor(private readonly health: HealthModel) {
    super();
    this.view = this.register(vscode.window.createTreeView(Views.clients, { treeDataProvider: this, showCollapseAll: true, dragAndDropController: this.dropController }));
    // Stable ids let VS Code keep what the user expanded across refreshes.
    this.register(health.onDidChange(() => this.changeEmitter.fire(undefined)));
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    return toTreeItem(node);
  }

  getChildren(node?: TreeNode): TreeNode[] {
    if (!node) {
      const present = this.health.stores.present();
      const multiRoot = (vscode.workspace.workspaceFolders?.length ?? 0) > 1;
      const nodes = multiRoot ? present.map(folderNode) : present.flatMap((s) => childrenOfStore(s, this.health, undefined));
      mark(nodes.length > 0 ? 'tree:clients' : 'tree:empty');
      return nodes;
    }
    switch (node.kind) {
      case 'folder':
        return childrenOfStore(node.store, this.health, node);
      case 'client':
        return childrenOfClient(node);
      case 'signal':
        return childrenOfSignal(node);
      default:
        return [];
    }
  }

  getParent(node: TreeNode): TreeNode | undefined {
    return node.kind === 'folder' ? undefined : node.parent;
  }

}
