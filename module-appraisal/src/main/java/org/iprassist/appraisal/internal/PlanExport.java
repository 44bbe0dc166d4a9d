package org.iprassist.appraisal.internal;

import java.util.ArrayList;
import java.util.List;

import org.iprassist.appraisal.internal.PlanModel.Target;
import org.iprassist.appraisal.internal.PlanModel.WorkItem;
import org.iprassist.appraisal.internal.Progress.ProvinceProgress;
import org.iprassist.appraisal.internal.Progress.TargetProgress;
import org.iprassist.core.files.Spreadsheets;

/**
 * The plan table as the seed lays it out (序号, 工作类别, 重点工作, 具体工作内容, 数量指标, 时间安排,
 * 责任单位), followed by what was achieved: per target its label, the total actual, and how many of
 * the units it applies to have met it.
 */
final class PlanExport {

	static final List<String> HEADERS = List.of("序号", "工作类别", "重点工作", "具体工作内容", "数量指标", "时间安排",
			"责任单位", "完成情况", "达标单位");

	private PlanExport() {
	}

	static byte[] workbook(ProvinceProgress progress) {
		List<List<?>> rows = new ArrayList<>();
		for (WorkItem item : progress.items()) {
			StringBuilder actuals = new StringBuilder();
			int met = 0;
			int judged = 0;
			for (Target target : item.targets()) {
				List<TargetProgress> results = progress.targets()
					.stream()
					.filter(result -> result.target().id().equals(target.id()))
					.toList();
				int actual = results.stream().mapToInt(TargetProgress::actual).sum();
				if (!actuals.isEmpty()) {
					actuals.append('\n');
				}
				actuals.append(target.label()).append('：').append(actual);
				for (TargetProgress result : results) {
					if (!"TRACKED".equals(result.status())) {
						judged++;
						met += "MET".equals(result.status()) ? 1 : 0;
					}
				}
			}
			rows.add(List.of(item.seq(), item.category(), item.title(), item.content(), item.quantityText(),
					item.scheduleText(), item.responsibleText(), actuals.toString(), judged == 0 ? "—" : met + "/" + judged));
		}
		return Spreadsheets.write(String.valueOf(progress.plan().year()), HEADERS, rows);
	}
}
