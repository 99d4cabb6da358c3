/**
 * The Portfolio view's provider, registered at activation; its rows are built by tree/portfolioItems.ts in
 * dist/portfolio.js, loaded after activation (portfolio/portfolioModule.ts): the first getChildren waits for it.
 */
import * as vscode from 'vscode';
import { Views } from '../commandIds';
import { Disposable } from '../lifecycle';
import type { PortfolioService } from '../portfolio/portfolioService';
import type { PortfolioNode } from './portfolioItems';

export type { PortfolioNode } from './portfolioItems';

export class PortfolioTreeProvider extends Disposable implements vscode.TreeDataProvider<PortfolioNode> {
  private readonly changeEmitter = this.register(new vscode.EventEmitter<PortfolioNode | undefined>());
  readonly onDidChangeTreeData = this.changeEmitter.event;
  readonly view: vscode.TreeView<PortfolioNode>;

  constructor(private readonly portfolio: PortfolioService) {
    super();
    this.view = this.register(vscode.window.createTreeView(Views.portfolio, { treeDataProvider: this, showCollapseAll: true }));
    // Stable ids keep what the user expanded across refreshes.
    this.register(portfolio.onDidChange(() => this.changeEmitter.fire(undefined)));
  }

  async getTreeItem(node: PortfolioNode): Promise<vscode.TreeItem> {
    return (await this.portfolio.loaded).tree.item(node);
  }

  async getChildren(node?: PortfolioNode): Promise<PortfolioNode[]> {
    const { tree } = await this.portfolio.loaded;
    return node ? tree.children(node) : tree.roots(this.portfolio.index, this.portfolio.workspaceFolders());
  }

  getParent(node: PortfolioNode): PortfolioNode | undefined {
    return node.kind === 'signal' || node.kind === 'client' ? node.parent : undefined;
  }
}
